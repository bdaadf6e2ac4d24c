import Testing
@testable import Translation

/// `pattern`s of string properties and parameters are checked before sending, when the generated
/// code can check them; the others are reported where they are written.
@Suite struct PatternTranslationTests {
    @Test func patternsReachTheContextsAsRawLiterals() throws {
        let result = try translate(spec(#"""
            paths:
              /codes/{code}:
                get:
                  operationId: getCode
                  parameters:
                    - {name: code, in: path, required: true, schema: {type: string, pattern: '^\d+$'}}
                    - {name: region, in: query, schema: {$ref: '#/components/schemas/Region'}}
                  responses:
                    '204': {description: none}
            components:
              schemas:
                Region: {type: string, pattern: '^[A-Z]{2}"#$'}
                Thing:
                  type: object
                  required: [code]
                  properties:
                    code: {type: string, pattern: '^\d+$'}
                    region: {$ref: '#/components/schemas/Region'}
                    note: {type: string, nullable: true, pattern: 'a'}
                    stamp: {type: string, format: date-time, pattern: 'a'}
                    kind: {type: string, enum: [a, b], pattern: 'a'}
                    id: {type: string, readOnly: true, pattern: 'a'}
            """#))
        #expect(result.warnings.isEmpty)
        let thing = try #require(result.model("Thing"))
        #expect(thing.properties.map(\.patternLiteral) == [##"#"^\d+$"#"##, ###"##"^[A-Z]{2}"#$"##"###, ##"#"a"#"##, "", "", ""])
        #expect(thing.properties.map(\.hasOptionalType) == [false, true, true, true, true, true])
        let parameters = try #require(result.operation("getCode")).parameters
        #expect(parameters.map { $0.constraints.map(\.kind) } == [["pattern"], ["pattern"]])
        #expect(parameters.map { $0.constraints.map(\.value) } == [[##"#"^\d+$"#"##], [###"##"^[A-Z]{2}"#$"##"###]])
    }

    /// A pattern outside the subset both engines share is not checked, with a warning at the
    /// pattern, once however many places use it.
    @Test func aPatternTheGeneratedCodeCannotCheckIsReported() throws {
        let result = try translate(spec("""
            paths:
              /a:
                get:
                  operationId: getA
                  parameters: [{$ref: '#/components/parameters/Code'}]
                  responses: {'204': {description: none}}
              /b:
                get:
                  operationId: getB
                  parameters: [{$ref: '#/components/parameters/Code'}]
                  responses: {'204': {description: none}}
            components:
              parameters:
                Code: {name: code, in: query, schema: {type: string, pattern: '(?i)^abc$'}}
              schemas:
                Thing:
                  type: object
                  properties:
                    code: {type: string, pattern: '^a{2,1}$'}
            """))
        #expect(result.operation("getA")?.parameters.first?.constraints.isEmpty == true)
        #expect(result.model("Thing")?.properties.first?.hasPattern == false)
        #expect(result.warnings == [
            "t.yaml:23:39: warning: pattern is not checked before sending: '{' does not start a quantifier ('{n}', '{n,}' or '{n,m}' with n ≤ m); '\\{' is the character",
            "t.yaml:18:67: warning: pattern is not checked before sending: '(?i' is not ECMA-262 (inline flags, atomic groups and comments are not)",
        ])
    }
}
