// Indentation of standalone partials, parents and blocks. It applies to the lines of the templates,
// before rendering (as the Mustache spec says): the lines of an interpolated value are not indented.
// Empty lines stay empty.

/// One change to the start of every template line: `removing` (as much of it as the line starts
/// with) goes, then `adding` comes first. A block removes the indentation it had where it was written
/// and adds that of the block it replaces; a partial only adds.
struct Reindentation {
    var removing: String
    var adding: String
}

extension TemplateRendering {
    /// Appends template text while reindentations are in force.
    mutating func writeIndented(_ text: String) {
        var rest = Substring(text)
        while true {
            let lineEnd = rest.utf8.firstIndex(of: UInt8(ascii: "\n"))
            let line = rest[..<(lineEnd ?? rest.endIndex)]
            if lineStart == nil {
                output += line
            } else {
                let spaces = line.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
                let content = line.dropFirst(spaces)
                leading += line.prefix(spaces)
                if !content.isEmpty {
                    output += indentedLeading()
                    output += content
                } else if lineEnd != nil, !leading.isEmpty {
                    // A line of spaces only.
                    output += indentedLeading()
                }
                // Else the line goes on in the next node, which decides.
            }
            guard let lineEnd else { return }
            output += "\n"
            lineStart = 0
            leading = ""
            rest = rest[rest.utf8.index(after: lineEnd)...]
            if rest.isEmpty { return }
        }
    }

    /// Appends an interpolated value: it indents the line it starts, but its own lines are data.
    mutating func write(value: String) {
        if lineStart != nil, !value.isEmpty { output += indentedLeading() }
        output += value
    }

    /// Puts `reindentation` in force; what follows starts one of its lines.
    mutating func begin(_ reindentation: Reindentation) {
        // Spaces held so far belong to the enclosing template's line.
        if lineStart != nil, !leading.isEmpty { output += indentedLeading() }
        indents.append(reindentation)
        if lineStart == nil { lineStart = indents.count - 1 }
    }

    /// Ends the innermost reindentation.
    mutating func end() {
        if lineStart != nil, !leading.isEmpty { output += indentedLeading() }
        indents.removeLast()
        if let start = lineStart, start >= indents.count { lineStart = nil }
    }

    /// The held spaces of the line, reindented by every reindentation from `lineStart` on, the
    /// innermost first; the line is then under way.
    private mutating func indentedLeading() -> String {
        var spaces = Substring(leading)
        for reindentation in indents[(lineStart ?? indents.count)...].reversed() {
            let removed = zip(spaces.utf8, reindentation.removing.utf8).prefix { $0 == $1 }.count
            spaces = Substring(reindentation.adding) + spaces.dropFirst(removed)
        }
        lineStart = nil
        leading = ""
        return String(spaces)
    }
}
