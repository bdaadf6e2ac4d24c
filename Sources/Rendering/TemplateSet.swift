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
