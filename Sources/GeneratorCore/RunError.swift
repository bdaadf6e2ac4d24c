// What the tool prints when a run stops: diagnostics already formatted, so every front end (the
// command-line tool, the plugins through it) reports a mistake the same way.

/// A run stopped by errors: every message as printed (`file:line:col: error: …`, then the source
/// line and a caret when the file is known), warnings found before the errors included.
public struct RunError: Error, Sendable, CustomStringConvertible {
    public var messages: [String]

    public init(messages: [String]) {
        self.messages = messages
    }

    public var description: String { messages.joined(separator: "\n") }
}
