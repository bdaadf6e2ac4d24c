import Basics
import Diagnostics
import Translation

/// Checks templates before rendering: every key a template uses must be a key of some context type
/// (Mustache would render a misspelt key as nothing), and every partial or parent it names must be a
/// template. Problems are errors located in the template (`model.mustache:3:5`).
public enum TemplateLint {
    /// One value of every context type templates can see, by type name.
    public static let sampleContexts: [String: any Sendable] = {
        let parameter = ParameterContext(name: "a", declaration: "a: Int", separator: "", isOptional: false, validations: [])
        let operation = OperationContext(
            methodName: "m", operationIDLiteral: "\"m\"", doc: [], deprecated: false, parameters: [parameter], httpMethod: ".get",
            pathExpression: "\"/\"", queryItems: [], headerItems: [], bodyArgument: "", bodyIsOptional: false, contentTypeLiteral: "",
            acceptLiteral: "", outputType: "MOutput", outputDoc: [], successes: [], hasBody: false, bodyType: "", bodyDoc: [],
            outputHeaders: [], failureBodyType: "JSONValue"
        )
        let client = ClientContext(typeName: "Client", doc: [], servers: [], defaultServer: "", operations: [operation])
        let samples: [String: any Sendable] = [
            "FileContext": (FileContext(fileName: "", template: "", header: "", imports: [], access: "", models: [], client: client)),
            "ModelContext": (ModelContext(name: "M", doc: [])),
            "PropertyContext": (PropertyContext(name: "", jsonKey: "", valueType: "", doc: [], deprecated: false, initParameter: "", separator: "")),
            "EnumCaseContext": (EnumCaseContext(name: "", literal: "", doc: [])),
            "VariantContext": (VariantContext(name: "", type: "", discriminatorValues: [])),
            "ClientContext": (client),
            "ServerContext": (ServerContext(name: "", doc: [], urlLiteral: "")),
            "ServerVariableContext": (ServerVariableContext(name: "", placeholderLiteral: "", defaultLiteral: "", doc: "", separator: "")),
            "OperationContext": (operation),
            "ParameterContext": (parameter),
            "QueryItemContext": (QueryItemContext(call: "")),
            "HeaderItemContext": (HeaderItemContext(nameLiteral: "", argument: "", isOptional: false)),
            "SuccessContext": (SuccessContext(pattern: "", bodyExpression: "")),
            "OutputHeaderContext": (OutputHeaderContext(name: "", nameLiteral: "", doc: [])),
            "BodyCaseContext": (BodyCaseContext(name: "", type: "")),
            "ExamplesContext": (ExamplesContext(header: "", moduleName: "", examples: [])),
            "ExampleContext": (ExampleContext(sourceLiteral: "", type: "", jsonLiteral: "", separator: "")),
        ]
        return samples
    }()

    /// Every context type templates can see, with the names of its stored properties (the keys
    /// its lookup answers).
    public static let contextKeys: [String: Set<String>] = sampleContexts.mapValues { value in
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

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
