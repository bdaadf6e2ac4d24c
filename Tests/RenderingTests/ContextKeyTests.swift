import Diagnostics
import Foundation
import GeneratorCore
import OpenAPIModel
import Rendering
import Testing
import Translation

/// The context types' stored properties in `Sources/Translation` are the one source of the
/// template keys: the lookup switch (`Sources/Rendering/Context+Template.swift`, with
/// `ContextKeys`) and the key tables of `Templates/README.md` are generated from them here. After
/// changing a context type, run `UPDATE_CONTEXT_KEYS=1 swift test --filter ContextKeyTests`, then
/// rebuild.
@Suite struct ContextKeyTests {
    @Test func theLookupSwitchIsGeneratedFromTheContextTypes() throws {
        let types = try ContextDeclarations.read()
        let expected = ContextDeclarations.lookupSource(types)
        let path = "Sources/Rendering/Context+Template.swift"
        if ProcessInfo.processInfo.environment["UPDATE_CONTEXT_KEYS"] == "1" {
            try Data(expected.utf8).write(to: URL(fileURLWithPath: packageRoot + "/" + path))
        }
        let actual = try readText(path)
        #expect(actual == expected, "\(path) is stale:\n\(TextDiff.unified(actual, expected, oldName: path, newName: "generated"))")
        #expect(ContextKeys.byType.mapValues { $0 } == Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0.keys.map(\.name)) }))
    }

    @Test func theReadmeTablesAreGeneratedFromTheContextTypes() throws {
        let types = try ContextDeclarations.read()
        let path = "Templates/README.md"
        let readme = try readText(path)
        let begin = "<!-- generated context keys: begin -->\n", end = "<!-- generated context keys: end -->\n"
        let start = try #require(readme.range(of: begin)), stop = try #require(readme.range(of: end))
        let expected = String(readme[..<start.upperBound]) + "\n" + ContextDeclarations.readmeTables(types) + "\n" + String(readme[stop.lowerBound...])
        if ProcessInfo.processInfo.environment["UPDATE_CONTEXT_KEYS"] == "1" {
            try Data(expected.utf8).write(to: URL(fileURLWithPath: packageRoot + "/" + path))
        }
        #expect(readme == expected, "\(path) is stale:\n\(TextDiff.unified(readme, expected, oldName: path, newName: "generated"))")
    }

    @Test func everyKeyIsDocumented() throws {
        for type in try ContextDeclarations.read() {
            for key in type.keys {
                #expect(!key.doc.isEmpty, "\(type.name).\(key.name) has no doc comment")
            }
        }
    }

    /// The source reader would miss a stored property it cannot parse: real contexts (every
    /// construct of `spec/coverage.yaml`) must have exactly the keys it found, and answer each.
    @Test func realContextsHaveExactlyTheGeneratedKeysAndAnswerEach() throws {
        // The coverage spec has no server variables and no examples: a small spec adds them.
        let extra = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            servers:
              - url: https://{region}.example.com
                variables: {region: {default: eu}}
            paths: {}
            components:
              schemas:
                Pet: {type: object, properties: {id: {type: integer}}, example: {id: 1}}
            """
        var seen: [String: [String]] = [:]
        for (name, text) in [("coverage.yaml", try readText("spec/coverage.yaml")), ("extra.yaml", extra)] {
            var diagnostics = DiagnosticCollector()
            let document = try Document.load(bytes: Array(text.utf8), file: name, diagnostics: &diagnostics)
            let options = TranslationOptions(specFileName: name)
            for file in try Translator.translate(document, options: options, diagnostics: &diagnostics) {
                visit(file, &seen)
            }
            visit(Translator.examples(document, options: options, moduleName: "M", diagnostics: &diagnostics), &seen)
        }
        #expect(seen.keys.sorted() == ContextKeys.byType.keys.sorted())
        for (type, labels) in seen.sorted(by: { $0.key < $1.key }) {
            #expect(labels == ContextKeys.byType[type], "\(type)")
        }
    }

    /// Records each context type's stored-property labels and checks that its lookup answers for
    /// every stored property (nothing for an absent optional) and for no other key.
    private func visit(_ value: Any, _ seen: inout [String: [String]]) {
        let mirror = Mirror(reflecting: value)
        let typeName = String(describing: type(of: value))
        if let object = value as? any TemplateObject, typeName.hasSuffix("Context") {
            seen[typeName] = mirror.children.compactMap(\.label)
            for child in mirror.children {
                guard let label = child.label else { continue }
                let inner = Mirror(reflecting: child.value)
                let isNil = inner.displayStyle == .optional && inner.children.isEmpty
                #expect((object.value(forKey: label) == nil) == isNil, "\(typeName).\(label)")
            }
            #expect(object.value(forKey: "noSuchKey") == nil, "\(typeName)")
        }
        for child in mirror.children { visit(child.value, &seen) }
    }
}

/// Reads the context types from their declarations: `public struct NameContext: Sendable {` and
/// its `public var key: Type` lines at the first indentation level, each with the `///` lines
/// above it. A `public var` without an explicit type of a known kind is an error.
enum ContextDeclarations {
    struct Key { var name, type, doc: String }
    struct ContextType { var name, doc: String; var keys: [Key] }

    static func read() throws -> [ContextType] {
        let folder = packageRoot + "/Sources/Translation"
        var types: [ContextType] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".swift") {
            var doc: [String] = []
            var current: ContextType?
            for line in try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("public struct "), line.hasSuffix("Context: Sendable {") {
                    let name = line.dropFirst("public struct ".count).prefix { $0 != ":" }
                    current = ContextType(name: String(name), doc: doc.joined(separator: " "), keys: [])
                } else if line == "}", let type = current {
                    types.append(type)
                    current = nil
                } else if let text = docText(line, indented: current != nil) {
                    doc.append(text)
                    continue
                } else if current != nil, line.hasPrefix("    public var ") {
                    let declaration = line.dropFirst("    public var ".count)
                    let name = String(declaration.prefix { $0 != ":" && $0 != " " })
                    guard declaration.dropFirst(name.count).hasPrefix(": ") else {
                        throw ContextDeclarationError("\(file): '\(name)' needs an explicit type")
                    }
                    var type = declaration.dropFirst(name.count + 2).prefix { $0 != "=" && $0 != "{" }
                    while type.last == " " { type = type.dropLast() }
                    current!.keys.append(Key(name: name, type: String(type), doc: doc.joined(separator: " ")))
                }
                doc = []
            }
        }
        return types
    }

    private static func docText(_ line: Substring, indented: Bool) -> String? {
        let prefix = indented ? "    ///" : "///"
        guard line.hasPrefix(prefix) else { return nil }
        let text = line.dropFirst(prefix.count)
        return String(text.hasPrefix(" ") ? text.dropFirst() : text)
    }

    /// The `TemplateValue` case a key's type is answered with.
    static func lookup(_ key: Key) -> String {
        switch key.type {
        case "String": return ".text(self.\(key.name))"
        case "Bool": return ".flag(self.\(key.name))"
        case let type where type.hasPrefix("["): return ".list(self.\(key.name))"
        default: return "self.\(key.name).map { .object($0) }"
        }
    }

    static func lookupSource(_ types: [ContextType]) -> String {
        var lines = [
            "// Generated from the context types of Sources/Translation by `UPDATE_CONTEXT_KEYS=1 swift test --filter ContextKeyTests`. DO NOT EDIT.",
            "//",
            "// Each context type answers template lookups itself (`TemplateObject`), by a switch over its stored",
            "// properties; `ContextKeys` lists them for the template lint.",
            "",
            "import Translation",
            "",
        ]
        for type in types {
            lines += [
                "extension \(type.name): TemplateObject, TemplateElement {",
                "    public func value(forKey key: String) -> TemplateValue? {",
                "        switch key {",
            ]
            lines += type.keys.map { "        case \"\($0.name)\": return \(lookup($0))" }
            lines += ["        default: return nil", "        }", "    }", "}", ""]
        }
        lines += ["/// The keys of every context type, in declaration order.", "public enum ContextKeys {", "    public static let byType: [String: [String]] = ["]
        lines += types.map { type in "        \"\(type.name)\": [" + type.keys.map { "\"\($0.name)\"" }.joined(separator: ", ") + "]," }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func readmeTables(_ types: [ContextType]) -> String {
        var lines: [String] = []
        for type in types {
            lines += ["### " + type.name, ""]
            if !type.doc.isEmpty { lines += [type.doc, ""] }
            lines += ["| key | type | meaning |", "| --- | --- | --- |"]
            lines += type.keys.map { "| `\($0.name)` | `\($0.type)` | " + $0.doc.replacingOccurrences(of: "|", with: "\\|") + " |" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

struct ContextDeclarationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
