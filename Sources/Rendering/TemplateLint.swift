import Basics
import Diagnostics

/// Checks templates before rendering: every key a template uses must be a key of some context type
/// (Mustache would render a misspelt key as nothing), and every partial or parent it names must be a
/// template. Problems are errors located in the template (`model.mustache:3:5`).
public enum TemplateLint {
    /// Every context type templates can see, with the names of its stored properties (the keys
    /// its lookup answers), from the generated `ContextKeys`.
    public static let contextKeys: [String: Set<String>] = ContextKeys.byType.mapValues(Set.init)

    /// The keys of all context types together.
    public static let allKeys: Set<String> = contextKeys.values.reduce(into: Set<String>()) { $0.formUnion($1) }

    public typealias Tag = Template.Tag

    /// The tags of a template, in order (none when it does not parse: that error is reported
    /// before the lint runs).
    public static func tags(_ source: String) -> [Tag] {
        (try? Template(source, name: "template"))?.tags ?? []
    }

    /// The context keys a template uses (each part of a dotted name), skipping `{{.}}`, partials,
    /// blocks, parents, comments and pragmas.
    public static func keys(_ source: String) -> Set<String> {
        Set(keyTags(source).map(\.name))
    }

    private static func keyTags(_ source: String) -> [Tag] {
        let all = tags(source)
        let blockNames = Set(all.filter { $0.sigil == "$" || $0.sigil == "<" }.map(\.name))
        var result: [Tag] = []
        for tag in all {
            switch tag.sigil {
            case "!", "%", "=", ">", "$", "<":
                continue
            case "/" where blockNames.contains(tag.name):
                continue
            default:
                guard tag.name != "." else { continue }
                for part in tag.name.split(separator: ".") {
                    result.append(Tag(sigil: tag.sigil, name: String(part), line: tag.line, column: tag.column))
                }
            }
        }
        return result
    }

    /// Unknown keys and unknown partials or parents in a template, as located errors.
    public static func check(name: String, source: String, templates: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let file = name + ".mustache"
        for tag in keyTags(source) where !allKeys.contains(tag.name) {
            var message = "unknown key '\(tag.name)': no context has it, so it would render as nothing"
            if let suggestion = NameSuggestion.closest(to: tag.name, in: allKeys.sorted()) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.append(.error(message, at: SourceLocation(file: file, line: tag.line, column: tag.column)))
        }
        for tag in tags(source) where (tag.sigil == ">" || tag.sigil == "<") && !templates.contains(tag.name) {
            var message = "unknown template '\(tag.name)'"
            if let suggestion = NameSuggestion.closest(to: tag.name, in: templates.sorted()) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.append(.error(message, at: SourceLocation(file: file, line: tag.line, column: tag.column)))
        }
        return diagnostics.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }
}
