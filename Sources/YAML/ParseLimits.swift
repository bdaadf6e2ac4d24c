/// Limits that keep hostile documents from exhausting memory or time. Each has a default that the
/// largest real documents stay far below; a message about a limit that was hit ends with
/// `advice` for it, which the tool fills with the setting that raises it.
public struct ParseLimits: Sendable {
    /// Most nodes the tree may hold, counting every copy an alias makes.
    public var maxNodes: Int = 5_000_000
    /// Most nodes that aliases may add (an alias bomb stops here). A few hundred bytes of aliases
    /// can stand for millions of nodes, each of which later stages turn into output (an inline
    /// schema into a nested type, some 450 bytes of memory and 60 of output each), so this is
    /// kept far below `maxNodes`: a 1 MB document of aliases then needs about 120 MiB to generate.
    public var maxAliasNodes: Int = 250_000
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int = 512
    /// Largest document accepted, in bytes.
    public var maxBytes: Int = 64 * 1024 * 1024
    /// How to raise each limit, appended to the message of a document that hits it
    /// (`raise it with --max-nesting`).
    public var advice: [Bound: String] = [:]

    /// The limits, for `advice`.
    public enum Bound: Sendable, Hashable {
        case nodes, aliasNodes, depth, bytes
    }

    public init() {}

    /// The message about a limit that was hit, with its advice.
    func message(_ text: String, _ bound: Bound) -> String {
        advice[bound].map { "\(text); \($0)" } ?? text
    }
}
