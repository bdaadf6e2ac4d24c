import Basics
import Diagnostics
import Translation

/// Renders file contexts with a template set.
public struct Renderer: Sendable {
    private let templates: [String: Template]
    /// How deep templates may include each other before they are taken for endless recursion; the
    /// nested types of a deeply nested spec need one level or two for each of theirs.
    public var includeDepthLimit = Template.defaultIncludeDepthLimit

    /// Parses every template; every template that does not parse is a located error
    /// (`<name>.mustache:line:col: error: …`).
    public init(templates: TemplateSet) throws(DiagnosticError) {
        var parsed: [String: Template] = [:]
        var errors: [Diagnostic] = []
        for name in templates.sources.keys.sorted() {
            do throws(DiagnosticError) {
                parsed[name] = try Template(templates.sources[name] ?? "", name: name)
            } catch {
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        self.templates = parsed
    }

    /// The locals the generated method body declares, as the operation template lists them in its
    /// `{{! locals: name name … }}` comment. Translation gives a parameter named like one of them
    /// another name inside the method, so a template that renames a local stays correct as long
    /// as its list is.
    public var methodLocals: Set<String> {
        var names: Set<String> = []
        for tag in templates["operation"]?.tags ?? [] where tag.sigil == "!" {
            let text = tag.name.trimmed()
            guard text.hasPrefix("locals:") else { continue }
            for word in text.dropFirst("locals:".count).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
                names.insert(String(word))
            }
        }
        return names
    }

    /// Renders one file.
    public func render(_ file: FileContext) throws(DiagnosticError) -> GeneratedFile {
        GeneratedFile(name: file.fileName, contents: TextLayout.normalize(try renderUnnormalized(file)))
    }

    /// A file's text as the templates produce it, before `TextLayout.normalize` (which `render`
    /// applies); with `parallel`, its longest lists on all cores.
    public func renderUnnormalized(_ file: FileContext, parallel: Bool = false) throws(DiagnosticError) -> String {
        try text(.object(file), template: file.template, fileName: file.fileName, parallel: parallel)
    }

    /// Renders the test file that decodes the spec's examples (template `example-tests`).
    public func render(_ examples: ExamplesContext, fileName: String) throws(DiagnosticError) -> GeneratedFile {
        GeneratedFile(name: fileName, contents: TextLayout.normalize(try text(.object(examples), template: "example-tests", fileName: fileName, parallel: true)))
    }

    private func text(_ context: TemplateValue, template name: String, fileName: String, parallel: Bool) throws(DiagnosticError) -> String {
        guard let template = templates[name] else {
            throw DiagnosticError([.error("no template named '\(name)' for \(fileName)", at: nil)])
        }
        return try template.render(context, templates: templates, parallel: parallel, includeDepthLimit: includeDepthLimit)
    }
}
