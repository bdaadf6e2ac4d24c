import Diagnostics
import Rendering
import Testing
import Translation

/// Every context type templates can see, with the names of its stored properties (what reflection,
/// and so Mustache, can look up).
let contextKeys: [String: Set<String>] = {
    func keys(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
    let parameter = ParameterContext(name: "a", declaration: "a: Int", separator: "", isOptional: false, validations: [])
    let operation = OperationContext(
        methodName: "m", operationIDLiteral: "\"m\"", doc: [], deprecated: false, parameters: [parameter], httpMethod: ".get",
        pathExpression: "\"/\"", queryItems: [], headerItems: [], bodyArgument: "", bodyIsOptional: false, contentTypeLiteral: "",
        acceptLiteral: "", outputType: "MOutput", outputDoc: [], successes: [], hasBody: false, bodyType: "", bodyDoc: [],
        outputHeaders: [], failureBodyType: "JSONValue"
    )
    let client = ClientContext(typeName: "Client", doc: [], servers: [], defaultServer: "", operations: [operation])
    return [
        "FileContext": keys(FileContext(fileName: "", template: "", header: "", imports: [], access: "", models: [], client: client)),
        "ModelContext": keys(ModelContext(name: "M", doc: [])),
        "PropertyContext": keys(PropertyContext(name: "", jsonKey: "", valueType: "", doc: [], deprecated: false, initParameter: "", separator: "")),
        "EnumCaseContext": keys(EnumCaseContext(name: "", literal: "", doc: [])),
        "VariantContext": keys(VariantContext(name: "", type: "", discriminatorValues: [])),
        "ClientContext": keys(client),
        "ServerContext": keys(ServerContext(name: "", doc: [], urlLiteral: "")),
        "ServerVariableContext": keys(ServerVariableContext(name: "", placeholderLiteral: "", defaultLiteral: "", doc: "", separator: "")),
        "OperationContext": keys(operation),
        "ParameterContext": keys(parameter),
        "QueryItemContext": keys(QueryItemContext(call: "")),
        "HeaderItemContext": keys(HeaderItemContext(nameLiteral: "", argument: "", isOptional: false)),
        "SuccessContext": keys(SuccessContext(pattern: "", bodyExpression: "")),
        "OutputHeaderContext": keys(OutputHeaderContext(name: "", nameLiteral: "", doc: [])),
        "BodyCaseContext": keys(BodyCaseContext(name: "", type: "")),
        "ExamplesContext": keys(ExamplesContext(header: "", moduleName: "", examples: [])),
        "ExampleContext": keys(ExampleContext(sourceLiteral: "", type: "", jsonLiteral: "", separator: "")),
    ]
}()

/// The variable and section keys a template uses (`{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`,
/// `{{^name}}`, `{{/name}}`), skipping `{{.}}`, partials, blocks, parents, comments and pragmas.
/// A dotted name contributes each of its parts.
func templateKeys(_ source: String) -> Set<String> {
    var keys: Set<String> = []
    var blockNames: Set<String> = []
    var closers: [String] = []
    var rest = Substring(source)
    while let open = rest.range(of: "{{") {
        let afterOpen = rest[open.upperBound...]
        let triple = afterOpen.hasPrefix("{")
        let closing = triple ? "}}}" : "}}"
        guard let close = afterOpen.range(of: closing) else { break }
        var tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        rest = afterOpen[close.upperBound...]
        if triple { tag.removeFirst() }
        guard let sigil = tag.first else { continue }
        switch sigil {
        case "!", "%", "=", ">":
            continue
        case "$", "<":
            blockNames.insert(tag.dropFirst().trimmingCharacters(in: .whitespaces))
            continue
        case "/":
            closers.append(tag.dropFirst().trimmingCharacters(in: .whitespaces))
            continue
        case "#", "^", "&":
            tag = tag.dropFirst().trimmingCharacters(in: .whitespaces)
        default:
            break
        }
        guard tag != "." else { continue }
        for part in tag.split(separator: ".") { keys.insert(String(part)) }
    }
    for closer in closers where !blockNames.contains(closer) {
        for part in closer.split(separator: ".") { keys.insert(String(part)) }
    }
    return keys
}

@Suite struct TemplateKeyTests {
    @Test func everyBuiltInTemplateStartsWithTheTextPragma() {
        let sources = TemplateSet.builtIn.sources
        #expect(sources.keys.sorted() == ["client", "enum", "example-tests", "model", "models", "operation", "operation-list", "operations", "output", "part", "struct", "support", "typealias", "union"])
        for (name, source) in sources {
            #expect(source.hasPrefix("{{% CONTENT_TYPE: TEXT}}\n"), "\(name).mustache")
        }
    }

    @Test func theScannerFindsKeysAndSkipsTheRest() {
        let keys = templateKeys("{{% CONTENT_TYPE: TEXT}}{{! note}}{{a}}{{#b}}{{.}}{{/b}}{{^c}}{{/c}}{{>p}}{{$blk}}x{{/blk}}{{<par}}{{/par}}{{{d}}}{{& e }}{{f.g}}")
        #expect(keys == ["a", "b", "c", "d", "e", "f", "g"])
    }

    @Test func everyKeyATemplateUsesExistsInTheContext() {
        let known = contextKeys.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        for (name, source) in TemplateSet.builtIn.sources.sorted(by: { $0.key < $1.key }) {
            let unknown = templateKeys(source).subtracting(known)
            #expect(unknown.isEmpty, "\(name).mustache uses keys no context type has: \(unknown.sorted())")
        }
    }

    @Test func anUnknownKeyIsCaught() {
        let known = contextKeys.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(templateKeys("{{#models}}{{foo}}{{/models}}").subtracting(known) == ["foo"])
    }
}

/// The key tables of Templates/README.md: `### TypeName` followed by rows `| `key` | … |`.
func documentedKeys() throws -> [String: [String]] {
    var tables: [String: [String]] = [:]
    var current: String?
    for line in try readText("Templates/README.md").split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("### ") {
            current = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
            tables[current!] = []
        } else if line.hasPrefix("#") {
            current = nil
        } else if let table = current, line.hasPrefix("| `") {
            let cell = line.dropFirst(3).prefix { $0 != "`" }
            tables[table, default: []].append(String(cell))
        }
    }
    return tables
}

@Suite struct TemplateReadmeTests {
    @Test func everyContextTypeHasATableWithEveryStoredProperty() throws {
        let documented = try documentedKeys()
        #expect(documented.keys.sorted() == contextKeys.keys.sorted())
        for (type, keys) in contextKeys.sorted(by: { $0.key < $1.key }) {
            let rows = documented[type] ?? []
            #expect(Set(rows) == keys, "\(type): undocumented \(keys.subtracting(rows).sorted()), not stored \(Set(rows).subtracting(keys).sorted())")
            #expect(rows.count == Set(rows).count, "\(type) documents a key twice")
        }
    }

    @Test func everyKeyATemplateUsesIsDocumented() throws {
        let documented = try documentedKeys().values.reduce(into: Set<String>()) { $0.formUnion($1) }
        for (name, source) in TemplateSet.builtIn.sources.sorted(by: { $0.key < $1.key }) {
            let missing = templateKeys(source).subtracting(documented)
            #expect(missing.isEmpty, "\(name).mustache uses undocumented keys: \(missing.sorted())")
        }
    }

    @Test func everyBuiltInTemplateIsListed() throws {
        let readme = try readText("Templates/README.md")
        for name in TemplateSet.builtIn.sources.keys {
            #expect(readme.contains("| `\(name).mustache` |"), "\(name).mustache")
        }
    }
}
