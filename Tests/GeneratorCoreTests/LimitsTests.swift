// The limits a spec runs into: each a located error naming the bound and the setting that raises
// it, and input as deep as a raised limit lets through generates instead of overflowing a stack.

import Diagnostics
import GeneratorCore
import Testing

@Suite struct LimitsTests {
    private static let header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"

    /// The first error of a run that must fail.
    private func firstError(_ spec: String, config: GeneratorConfig = GeneratorConfig()) -> String? {
        do {
            _ = try Generator.generate(spec: Array(spec.utf8), fileName: "t.yaml", config: config)
            Issue.record("the spec generated")
            return nil
        } catch {
            return error.diagnostics.first { $0.severity == .error }?.description
        }
    }

    @Test func aFlowSequence20000DeepStopsAtTheNestingLimit() {
        let spec = Self.header + "x-deep: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        #expect(firstError(spec) == "t.yaml:4:520: error: nesting deeper than 512 levels; raise it with --max-nesting (limits.nesting in the configuration file)")
    }

    /// A schema 3,000 levels deep (arrays of arrays, each level its own schema) is decoded,
    /// translated and rendered once the nesting limit lets it through: the stages recurse on a
    /// thread whose stack is large enough.
    @Test func aSchema3000DeepGeneratesWithARaisedNestingLimit() throws {
        let depth = 3000
        let schema = String(repeating: "{type: array, items: ", count: depth) + "{type: string}" + String(repeating: "}", count: depth)
        let spec = Self.header + "components:\n  schemas:\n    Deep: " + schema + "\n"
        #expect(firstError(spec)?.contains("error: nesting deeper than 512 levels") == true)
        var config = GeneratorConfig()
        config.limits.parse.maxDepth = 10_000
        let models = try #require(try Generator.generate(spec: Array(spec.utf8), fileName: "t.yaml", config: config).files.first { $0.name == "Models.swift" })
        let type = String(repeating: "[", count: depth) + "String" + String(repeating: "]", count: depth)
        #expect(models.contents.contains("public typealias Deep = \(type)\n"))
    }

    /// Nested object schemas become nested types, which the templates render by including the
    /// model template once more for each level.
    @Test func nestedObjectsDeeperThanTheDefaultTemplateDepthRender() throws {
        let depth = 150
        let schema = String(repeating: "{type: object, properties: {inner: ", count: depth) + "{type: string}" + String(repeating: "}}", count: depth)
        let spec = Self.header + "components:\n  schemas:\n    Deep: " + schema + "\n"
        let models = try #require(try Generator.generate(spec: Array(spec.utf8), fileName: "t.yaml").files.first { $0.name == "Models.swift" })
        #expect(models.contents.contains(String(repeating: "    ", count: depth) + "public var inner: String?\n"))
    }

    private static func allOfChain(_ length: Int) -> String {
        var spec = header + "components:\n  schemas:\n"
        for index in 0..<length {
            spec += "    S\(index):\n      allOf:\n        - $ref: '#/components/schemas/S\(index + 1)'\n"
            spec += "        - {type: object, properties: {p\(index): {type: string}}}\n"
        }
        return spec + "    S\(length): {type: object, properties: {last: {type: string}}}\n"
    }

    @Test func anAllOfChain10000LongStopsAtTheReferenceDepthLimit() {
        let spec = Self.allOfChain(10_000)
        #expect(firstError(spec) == "t.yaml:6:5: error: schema 'S0' nests 10001 schemas deep through $ref, allOf, oneOf and anyOf, more than the limit of 64; raise it with --max-ref-depth (limits.referenceDepth in the configuration file)")
        var config = GeneratorConfig()
        config.limits.maxReferenceDepth = ConfigFile.Limits.referenceDepth
        #expect(firstError(spec, config: config)?.contains("nests 10001 schemas deep") == true)
    }

    @Test func anAllOfChainWithinARaisedLimitIsFlattened() throws {
        var config = GeneratorConfig()
        config.limits.maxReferenceDepth = 200
        let files = try Generator.generate(spec: Array(Self.allOfChain(199).utf8), fileName: "t.yaml", config: config).files
        let models = try #require(files.first { $0.name == "Models.swift" }).contents
        // S0 holds every property of the chain: the deepest part's first.
        let s0 = try #require(models.split(separator: "public struct S1:").first)
        #expect(s0.components(separatedBy: "public var p").count - 1 == 199)
        #expect(s0.contains("public var last: String?"))
    }

    @Test func aChainOfPlainReferencesCountsToo() {
        var spec = Self.header + "components:\n  schemas:\n"
        for index in 0..<100 {
            spec += "    R\(index): {$ref: '#/components/schemas/R\(index + 1)'}\n"
        }
        spec += "    R100: {type: string}\n"
        #expect(firstError(spec) == "t.yaml:6:5: error: schema 'R0' nests 101 schemas deep through $ref, allOf, oneOf and anyOf, more than the limit of 64; raise it with --max-ref-depth (limits.referenceDepth in the configuration file)")
    }

    /// Each level holds nine aliases of the one before: a few hundred bytes that stand for
    /// millions of schemas.
    @Test func anAliasBombStopsAtTheAliasLimit() {
        var spec = Self.header + "x-levels:\n  l0: &l0 {type: string}\n"
        for level in 1...6 {
            let properties = (0..<9).map { "p\($0): *l\(level - 1)" }.joined(separator: ", ")
            spec += "  l\(level): &l\(level) {type: object, properties: {\(properties)}}\n"
        }
        // Aliases add 34,992 nodes up to l4 (l_k is 5 + 9 × (1 + l_k-1) nodes, l0 is 3); each
        // alias of l4 adds 31,163 more, so the seventh in l5 (column 97) passes 250,000.
        #expect(firstError(spec) == "t.yaml:10:97: error: alias expansion exceeds 250000 nodes; raise it with --max-alias-nodes (limits.aliasNodes in the configuration file)")
    }

    @Test func theDocumentSizeLimit() {
        var config = GeneratorConfig()
        config.limits.parse.maxBytes = 1 << 20
        let spec = Self.header + "x-padding: '" + String(repeating: "x", count: 1 << 20) + "'\n"
        #expect(firstError(spec, config: config) == "t.yaml:1:1: error: the file is \(spec.utf8.count) bytes, more than the limit of 1048576 bytes; raise it with --max-document-mib (limits.documentMiB in the configuration file)")
    }

    @Test func theFileLimit() throws {
        var config = GeneratorConfig()
        config.limits.maxFiles = 1
        let spec = Self.header + "components:\n  schemas:\n    A: {$ref: 'a.yaml'}\n    B: {$ref: 'b.yaml'}\n"
        do {
            _ = try Generator.generate(spec: Array(spec.utf8), fileName: "t.yaml", config: config, reader: { _ in Array("type: string\n".utf8) })
            Issue.record("the spec generated")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "t.yaml:7:15: error: more than 1 files are referenced; not reading 'b.yaml' (referenced as 'b.yaml'); raise it with --max-ref-files (limits.files in the configuration file)",
            ])
        }
    }
}
