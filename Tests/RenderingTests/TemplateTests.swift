import Diagnostics
import Rendering
import Testing
import Translation

let contextKeys = TemplateLint.contextKeys

/// The variable and section keys a template uses.
func templateKeys(_ source: String) -> Set<String> {
    TemplateLint.keys(source)
}

@Suite struct TemplateKeyTests {
    @Test func everyBuiltInTemplateStartsWithTheTextPragma() {
        let sources = TemplateSet.builtIn.sources
        #expect(sources.keys.sorted() == ["client", "enum", "example-tests", "header-value", "idempotency-key", "model", "models", "operation", "operation-list", "operations", "output", "pagination", "part", "query-item", "request-body", "response-body", "struct", "support", "typealias", "union", "validation"])
        for (name, source) in sources {
            #expect(source.hasPrefix("{{% CONTENT_TYPE: TEXT}}"), "\(name).mustache")
        }
    }

    @Test func theScannerFindsKeysAndSkipsTheRest() {
        let keys = templateKeys("{{% CONTENT_TYPE: TEXT}}{{! note}}{{a}}{{#b}}{{.}}{{/b}}{{^c}}{{/c}}{{>p}}{{$blk}}x{{/blk}}{{<par}}{{/par}}{{{d}}}{{& e }}{{f.g}}")
        #expect(keys == ["a", "b", "c", "d", "e", "f", "g"])
    }

    @Test func keysAfterADelimiterChangeAreFoundWithTheirPlace() {
        #expect(templateKeys("{{=<% %>=}}\n<%#items%><%nmae%><%/items%>") == ["items", "nmae"])
        let tags = TemplateLint.tags("é{{a}}\n  {{#b}}{{/b}}")
        #expect(tags.map(\.name) == ["a", "b", "b"])
        #expect(tags.map(\.line) == [1, 2, 2])
        #expect(tags.map(\.column) == [2, 3, 9])
        #expect(tags.map(\.sigil) == [nil, "#", "/"])
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

/// The key tables of Templates/README.md (its generated section): `### TypeName` followed by rows `| `key` | … |`.
func documentedKeys() throws -> [String: [String]] {
    var tables: [String: [String]] = [:]
    var current: String?
    let readme = try readText("Templates/README.md")
    let tablesStart = readme.range(of: "<!-- generated context keys: begin -->")?.upperBound ?? readme.startIndex
    for line in readme[tablesStart...].split(separator: "\n", omittingEmptySubsequences: false) {
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

@Suite struct MethodLocalsTests {
    @Test func theOperationTemplateListsItsLocals() throws {
        #expect(try Renderer(templates: .builtIn).methodLocals == [
            "operationID", "query", "cookies", "cookieHeader", "request", "encodedBody", "response", "sender", "credentials",
        ])
    }

    @Test func anOverriddenOperationTemplateBringsItsOwnList() throws {
        var templates = TemplateSet.builtIn
        templates.override(with: ["operation": "{{% CONTENT_TYPE: TEXT}}\n{{! locals: req\n  items }}\n{{! another comment }}\n"])
        #expect(try Renderer(templates: templates).methodLocals == ["req", "items"])
        templates.override(with: ["operation": "{{% CONTENT_TYPE: TEXT}}\n"])
        #expect(try Renderer(templates: templates).methodLocals.isEmpty)
    }
}
