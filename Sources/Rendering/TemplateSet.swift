// Rendering: the built-in Mustache templates (or the user's replacements) rendered over the
// contexts Translation built, with newlines and indentation normalised.

import Diagnostics

/// The templates a run uses, by name (file name without `.mustache`).
public struct TemplateSet: Sendable {
    public private(set) var sources: [String: String]

    /// The templates shipped with the generator (the files of `Templates/`).
    public static let builtIn = TemplateSet(sources: BuiltInTemplates.sources)

    public init(sources: [String: String]) {
        self.sources = sources
    }

    /// Replaces or adds templates by name (a user's template directory).
    public mutating func override(with templates: [String: String]) {
        for (name, source) in templates {
            sources[name] = source
        }
    }
}

extension TemplateSet {
    /// The locals the generated method body declares, as the operation template lists them in its
    /// `{{! locals: name name … }}` comment. Translation gives a parameter named like one of them
    /// another name inside the method, so a template that renames a local stays correct as long
    /// as its list is.
    public var methodLocals: Set<String> {
        guard let source = sources["operation"], let template = try? Template(source, name: "operation") else { return [] }
        var names: Set<String> = []
        for tag in template.tags where tag.sigil == "!" {
            let text = tag.name.trimmed()
            guard text.hasPrefix("locals:") else { continue }
            for word in text.dropFirst("locals:".count).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
                names.insert(String(word))
            }
        }
        return names
    }
}
