// The templates a run renders with, parsed once: a template set and its parsed form travel together,
// so the check before a run and the run itself use the same parse.

import Diagnostics
import Rendering

/// A template set (the built-in templates, possibly with the user's over them) and its parsed form.
///
/// Parsing happens when the set is made or changed, never again during a run: the tool loads a
/// folder with `load(folder:)`, which also checks the templates, and hands the result to the
/// generator in `GeneratorConfig.templates`. The built-in set is parsed the first time it is used.
public struct TemplateLibrary: Sendable {
    private var templates: TemplateSet
    private var parsed: Parsed

    private enum Parsed: Sendable {
        /// The built-in set, whose parse is shared by every run of the process.
        case builtIn
        case parsed(Result<Renderer, DiagnosticError>)
    }

    private static let builtInRenderer = Result { () throws(DiagnosticError) in try Renderer(templates: .builtIn) }

    /// The templates shipped with the generator (the files of `Templates/`).
    public static let builtIn = TemplateLibrary(set: .builtIn, parsed: .builtIn)

    private init(set: TemplateSet, parsed: Parsed) {
        self.templates = set
        self.parsed = parsed
    }

    /// The template sources by name (file name without `.mustache`).
    public var sources: [String: String] { templates.sources }

    /// Parses `set`; a template that does not parse is reported by `renderer()`.
    public init(_ set: TemplateSet) {
        self.init(set: set, parsed: .parsed(Result { () throws(DiagnosticError) in try Renderer(templates: set) }))
    }

    /// Replaces or adds templates by name, and parses the set again.
    public mutating func override(with templates: [String: String]) {
        var set = self.templates
        set.override(with: templates)
        self = TemplateLibrary(set)
    }

    /// The parsed templates.
    ///
    /// - Throws: `DiagnosticError` with a located error (`<name>.mustache:line:col`) for every
    ///   template that does not parse.
    public func renderer() throws(DiagnosticError) -> Renderer {
        switch parsed {
        case .builtIn: try Self.builtInRenderer.get()
        case .parsed(let result): try result.get()
        }
    }

    /// The templates as `<name>.mustache` files, sorted by name (what `templates export` writes).
    public var files: [GeneratedFile] {
        sources.map { GeneratedFile(name: $0.key + ".mustache", contents: $0.value) }.sorted { $0.name < $1.name }
    }
}
