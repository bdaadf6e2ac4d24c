import GeneratorCore
import Testing

/// `Generator.exampleTests`: examples that fit their schema become decode tests; the others are
/// reported with the place they break it.
@Suite struct ExampleTestsGenerationTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: integer}
                born: {type: string, format: date-time}
                tag: {type: string, nullable: true}
              example: {id: 0x1F, born: '2024-07-01T00:00:00.000Z', tag: null}
            Bad:
              type: object
              required: [id]
              properties:
                id: {type: integer}
              example: {id: 'seven'}
            Missing:
              type: object
              required: [id]
              properties:
                id: {type: integer}
              example: {}
            Shape:
              oneOf:
                - $ref: '#/components/schemas/Pet'
                - $ref: '#/components/schemas/Bad'
              discriminator:
                propertyName: kind
                mapping: {pet: '#/components/schemas/Pet'}
              example: {kind: pet, id: 'x'}

        """

    @Test func matchingExamplesBecomeTestsAndTheOthersAreReported() throws {
        let result = try Generator.exampleTests(spec: Array(Self.spec.utf8), fileName: "t.yaml", moduleName: "API")
        let file = try #require(result.files.first)
        #expect(file.name == "SpecExampleTests.swift")
        #expect(file.contents.contains("@testable import API\n"))
        #expect(file.contents.contains(##"    SpecExample("#/components/schemas/Pet", API.Pet.self, #"{"id":31,"born":"2024-07-01T00:00:00.000Z","tag":null}"#)"##))
        #expect(!file.contents.contains("API.Bad.self"))
        #expect(!file.contents.contains("API.Shape.self"))
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:19:16: warning: example of #/components/schemas/Bad does not match its schema: id: expected an integer, found a string",
            "t.yaml:25:16: warning: example of #/components/schemas/Missing does not match its schema: missing required property 'id'",
            "t.yaml:33:16: warning: example of #/components/schemas/Shape does not match its schema: id: expected an integer, found a string",
        ])
    }

    /// Example text reaches the test file inside a raw string literal: characters that would break
    /// its line or reorder what a reviewer sees are escapes there, and the literal still holds the
    /// same JSON.
    @Test func hiddenCharactersOfAnExampleAreEscapedInTheRawLiteral() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Note:
                  type: object
                  properties:
                    text: {type: string}
                  example: {text: "a\\u202Eb\\u2028c\\u2066d\\\\#e\\"#f"}

            """
        let result = try Generator.exampleTests(spec: Array(spec.utf8), fileName: "t.yaml", moduleName: "API")
        let file = try #require(result.files.first)
        for scalar in ["\u{202E}", "\u{2028}", "\u{2066}"] as [Unicode.Scalar] {
            #expect(!file.contents.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) is in the file")
        }
        #expect(file.contents.contains(###"API.Note.self, ##"{"text":"a\##u{202E}b\##u{2028}c\##u{2066}d\\#e\"#f"}"##)"###))
    }

    /// A schema named like the module hides the module's name in the test file (`API.Pet` would
    /// look for `Pet` inside the type `API`), so the types are named unqualified there.
    @Test func aTypeNamedLikeTheModuleIsNamedUnqualified() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                API:
                  type: object
                  properties:
                    id: {type: integer}
                  example: {id: 1}
                Pet:
                  type: object
                  properties:
                    id: {type: integer}
                  example: {id: 2}

            """
        let result = try Generator.exampleTests(spec: Array(spec.utf8), fileName: "t.yaml", moduleName: "API")
        let file = try #require(result.files.first)
        #expect(file.contents.contains(##"    SpecExample("#/components/schemas/API", API.self, #"{"id":1}"#),"##))
        #expect(file.contents.contains(##"    SpecExample("#/components/schemas/Pet", Pet.self, #"{"id":2}"#)"##))
    }

    /// The examples are listed a hundred per function and the functions joined into the test's
    /// arguments, so that no single expression grows with the spec (one array literal of the
    /// whole Fireblocks API's 4,600 examples took the compiler more than 24 GiB).
    @Test func examplesAreGroupedAHundredPerFunction() throws {
        var spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:

            """
        for index in 1...250 {
            spec += "    S\(index):\n      type: object\n      properties: {id: {type: integer}}\n      example: {id: \(index)}\n"
        }
        let result = try Generator.exampleTests(spec: Array(spec.utf8), fileName: "t.yaml", moduleName: "API")
        let lines = try #require(result.files.first).contents.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "let specExamples: [SpecExample] = Array(([")) + 1
        #expect(Array(lines[start..<start + 4]) == ["    specExamples1(),", "    specExamples2(),", "    specExamples3()", "] as [[SpecExample]]).joined())"])
        // Every function lists its examples in the spec's order, the last one without a comma.
        var function = 0
        var examples: [Int: [Substring]] = [:]
        for line in lines {
            if line.hasPrefix("func specExamples") { function += 1 }
            if line.hasPrefix("        SpecExample(") { examples[function, default: []].append(line) }
        }
        #expect(function == 3)
        #expect(examples.mapValues(\.count) == [1: 100, 2: 100, 3: 50])
        #expect(examples[2]?.first == ##"        SpecExample("#/components/schemas/S101", API.S101.self, #"{"id":101}"#),"##)
        #expect(examples[2]?.last == ##"        SpecExample("#/components/schemas/S200", API.S200.self, #"{"id":200}"#)"##)
        #expect(examples[3]?.last == ##"        SpecExample("#/components/schemas/S250", API.S250.self, #"{"id":250}"#)"##)
    }
}
