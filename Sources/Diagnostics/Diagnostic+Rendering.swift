extension Diagnostic {
    /// The diagnostic followed by the source line it points at and a caret under the column,
    /// the way compilers print errors:
    ///
    ///     swagger.yaml:12:7: error: unresolved reference '#/components/schemas/Foo'
    ///           $ref: '#/components/schemas/Foo'
    ///           ^
    ///
    /// - Parameter source: the lines of the file the location refers to, if available.
    public func rendered(source: SourceLines?) -> String {
        guard let location, let source, let line = source.line(location.line) else { return description }
        let printable = String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
        let caretColumn = max(1, min(location.column, printable.unicodeScalars.count + 1))
        let caret = String(repeating: " ", count: caretColumn - 1) + "^"
        return "\(description)\n\(printable)\n\(caret)"
    }

    /// `rendered(source:)` for a whole file's text (splits it into lines first; when printing many
    /// diagnostics of one file, build `SourceLines` once instead).
    public func rendered(source: String?) -> String {
        rendered(source: source.map(SourceLines.init))
    }
}

/// A file's text split into lines once, so printing many diagnostics does not rescan it.
public struct SourceLines: Sendable {
    private let lines: [Substring]

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line without its line terminator, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return line.hasSuffix("\r") ? line.dropLast() : line
    }
}
