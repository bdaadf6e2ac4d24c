/// One difference between two surfaces, said as a Swift caller of the generated client meets it.
public struct Change: Sendable, Equatable {
    /// What the change does to a caller's code, worst first (the order reports use).
    public enum Impact: String, Sendable, CaseIterable, Comparable {
        /// Code that compiled against the old client may not compile against the new one.
        case breaking
        /// It compiles, but a request or what it accepts is different (a default, a constraint,
        /// a server URL, a security requirement, a wire value, a deprecation).
        case behavior
        /// Only new things: nothing a caller wrote changes meaning.
        case additive

        public static func < (a: Impact, b: Impact) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        /// How reports title it.
        public var title: String {
            switch self {
            case .breaking: "Source-breaking"
            case .behavior: "Behavior-changing"
            case .additive: "Additive"
            }
        }
    }

    public enum Kind: String, Sendable {
        case added, removed, changed, renamed
    }

    public var impact: Impact
    public var kind: Kind
    /// The Swift declaration it touches, as a caller names it: `Client.getFoo(id:)`,
    /// `ConnectedAccountBalances.total`, `Status.active`, `Servers.production`.
    public var declaration: String
    /// What of the declaration changed, when it is not the declaration itself: `argument limit`,
    /// `response 200`, `header xRequestID`, `default`, `maxLength`, `security`, `raw value`.
    public var aspect: String
    /// The Swift text before (empty when added) and after (empty when removed): a type, a literal,
    /// a signature.
    public var before: String
    public var after: String
    /// Why it has its impact, in a few words (`a new required argument`).
    public var reason: String

    public init(
        _ impact: Impact, _ kind: Kind, _ declaration: String, aspect: String = "", before: String = "", after: String = "",
        reason: String
    ) {
        self.impact = impact
        self.kind = kind
        self.declaration = declaration
        self.aspect = aspect
        self.before = before
        self.after = after
        self.reason = reason
    }

    /// The order of a report: impact, then declaration, then the rest, so that the output does not
    /// depend on the order the specs list things in.
    static func precedes(_ a: Change, _ b: Change) -> Bool {
        (a.impact, a.declaration, a.aspect, a.kind.rawValue, a.before, a.after)
            < (b.impact, b.declaration, b.aspect, b.kind.rawValue, b.before, b.after)
    }
}
