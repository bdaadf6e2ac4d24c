import Diagnostics
import Mustache
import Translation

/// A generated file: its name in the output folder and its text.
public struct GeneratedFile: Hashable, Sendable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Renders file contexts with a template set.
public struct Renderer: Sendable {
    private let library: MustacheLibrary

    /// Parses every template; a template that does not parse is a located error
    /// (`<name>.mustache:line:col: error: …`).
    public init(templates: TemplateSet) throws(DiagnosticError) {
        var library = MustacheLibrary()
        var errors: [Diagnostic] = []
        for name in templates.sources.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: templates.sources[name] ?? ""), named: name)
            } catch let error as MustacheTemplate.ParserError {
                errors.append(
                    .error(
                        "template does not parse: \(error.error)",
                        at: SourceLocation(file: name + ".mustache", line: error.context.lineNumber, column: error.context.columnNumber)
                    )
                )
            } catch {
                errors.append(.error("template does not parse: \(error)", at: SourceLocation(file: name + ".mustache", line: 1, column: 1)))
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        self.library = library
    }

    /// Renders one file.
    public func render(_ file: FileContext) throws(DiagnosticError) -> GeneratedFile {
        try render(file, template: file.template, fileName: file.fileName)
    }

    /// Renders the test file that decodes the spec's examples (template `example-tests`).
    public func render(_ examples: ExamplesContext, fileName: String) throws(DiagnosticError) -> GeneratedFile {
        try render(examples, template: "example-tests", fileName: fileName)
    }

    private func render(_ context: Any, template: String, fileName: String) throws(DiagnosticError) -> GeneratedFile {
        guard let text = library.render(context, withTemplate: template) else {
            throw DiagnosticError([.error("no template named '\(template)' for \(fileName)", at: nil)])
        }
        return GeneratedFile(name: fileName, contents: TextLayout.normalize(text))
    }
}

extension TextLayout {
    /// `\n` line endings; the layout markers applied (each level indents non-empty lines by 4
    /// spaces); trailing whitespace removed; runs of blank lines collapsed to one; no blank line
    /// right after `{` or before `}`; exactly one newline at the end.
    public static func normalize(_ text: String) -> String {
        var output: [Substring] = []
        var depth = 0
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
        for rawLine in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            if line == Substring(indentIn) {
                depth += 1
                continue
            }
            if line == Substring(indentOut) {
                depth = max(0, depth - 1)
                continue
            }
            if line.isEmpty {
                if let previous = output.last, !previous.isEmpty, !previous.hasSuffix("{") { output.append("") }
                continue
            }
            if line.drop(while: { $0 == " " }).hasPrefix("}"), output.last?.isEmpty == true {
                output.removeLast()
            }
            output.append(depth == 0 ? line : Substring(String(repeating: "    ", count: depth)) + line)
        }
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n") + "\n"
    }
}
