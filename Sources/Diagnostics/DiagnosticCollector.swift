/// Collects the diagnostics of one run. Stages emit into it; the caller decides what is fatal
/// (errors stop a run, warnings are reported and the run goes on).
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func error(_ message: String, at location: SourceLocation?) {
        emit(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?) {
        emit(.warning(message, at: location))
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Throws every error collected so far, in the order they were emitted, if there is at least one.
    public func throwIfErrors() throws(DiagnosticError) {
        let errors = errors
        if !errors.isEmpty { throw DiagnosticError(errors) }
    }
}
