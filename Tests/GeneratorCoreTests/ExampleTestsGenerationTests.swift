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
}
