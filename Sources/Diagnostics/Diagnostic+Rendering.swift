extension Diagnostic {
    /// The diagnostic followed by the source line it points at and a caret under the column,
    /// the way compilers print errors:
    ///
    ///     swagger.yaml:12:7: error: unresolved reference '#/components/schemas/Foo'
    ///           $ref: '#/components/schemas/Foo'
    ///           ^
    ///
    /// - Parameter source: the full text of the file the location refers to, if available.
    public func rendered(source: String?) -> String {
        guard let location, let source, location.line >= 1 else { return description }
        var lineNumber = 1
        var found: Substring?
        var start = source.startIndex
        var index = source.startIndex
        while index <= source.endIndex {
            let atEnd = index == source.endIndex
            if atEnd || source[index] == "\n" {
                if lineNumber == location.line {
                    found = source[start..<index]
                    break
                }
                if atEnd { break }
                lineNumber += 1
                start = source.index(after: index)
            }
            index = source.index(after: index)
        }
        guard var line = found else { return description }
        if line.hasSuffix("\r") { line = line.dropLast() }
        let printable = String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
        let caretColumn = max(1, min(location.column, printable.unicodeScalars.count + 1))
        let caret = String(repeating: " ", count: caretColumn - 1) + "^"
        return "\(description)\n\(printable)\n\(caret)"
    }
}
