import Diagnostics
import OpenAPIModel
import Testing
import YAML

/// A document whose components are `body` (indented by two spaces).
private func components(version: String = "3.0.3", _ body: String) -> String {
    spec(version: version, "components:\n" + body)
}

@Suite struct ReferenceErrorTests {
    @Test func unresolved() {
        let text = components("""
              schemas:
                A:
                  properties:
                    b: {$ref: '#/components/schemas/Foo'}
            """)
        #expect(errors(text, strict: true) == ["t.yaml:9:19: error: unresolved reference '#/components/schemas/Foo'"])
        #expect(errors(text).isEmpty)
        #expect(warnings(text) == ["t.yaml:9:19: warning: unresolved reference '#/components/schemas/Foo'; it is generated as JSONValue"])
    }

    /// Only a schema has a safe reading when it is missing: other components stay errors.
    @Test func unresolvedParameterIsAnError() {
        #expect(errors(spec("""
            paths:
              /pets:
                get:
                  parameters:
                    - $ref: '#/components/parameters/Limit'
                  responses: {default: {description: d}}
            """)) == ["t.yaml:9:17: error: unresolved reference '#/components/parameters/Limit'"])
    }

    @Test func wrongKind() {
        #expect(errors(spec("""
            paths:
              /a:
                get:
                  parameters:
                    - $ref: '#/components/schemas/Foo'
                  responses: {default: {description: d}}
            components:
              schemas:
                Foo: {type: string}
            """)) == ["t.yaml:9:17: error: '#/components/schemas/Foo' is a schema reference, but a parameter is expected here"])
    }

    @Test func remote() {
        #expect(errors(components("""
              schemas:
                A: {$ref: 'https://example.com/schemas.yaml#/Pet'}
            """)) == [
            "t.yaml:7:15: error: remote reference 'https://example.com/schemas.yaml#/Pet' is not allowed; the generator never fetches from the network",
        ])
    }

    @Test func otherFile() {
        #expect(errors(components("""
              schemas:
                A: {$ref: 'other.yaml#/components/schemas/X'}
            """)) == ["t.yaml:7:15: error: references to other files are not supported yet: 'other.yaml#/components/schemas/X'"])
    }

    @Test func unsupportedLocal() {
        #expect(errors(components("""
              schemas:
                A: {$ref: '#/paths/~1pets/get/responses/200'}
                B: {$ref: '#/components/things/X'}
            """)) == [
            "t.yaml:7:15: error: unsupported reference '#/paths/~1pets/get/responses/200'; only '#/components/<kind>/<name>' references are supported",
            "t.yaml:8:15: error: unsupported reference '#/components/things/X'; only '#/components/<kind>/<name>' references are supported",
        ])
    }

    @Test func refMustBeAString() {
        #expect(errors(components("  schemas:\n    A: {$ref: 1}\n")) == ["t.yaml:7:15: error: '$ref' must be a string, found a number"])
    }

    @Test func escapedNames() throws {
        let doc = try document(components("""
              schemas:
                a/b: {type: string}
                c~d: {type: integer}
                e f: {type: boolean}
                Use:
                  properties:
                    one: {$ref: '#/components/schemas/a~1b'}
                    two: {$ref: '#/components/schemas/c~0d'}
                    three: {$ref: '#/components/schemas/e%20f'}
            """))
        let use = try #require(doc.schema(named: "Use"))
        #expect(use.properties.map { $0.value.ref?.name } == ["a/b", "c~d", "e f"])
        #expect(doc.resolveSchema(try #require(use.properties["two"])).schema.types == [.integer])
        #expect(Reference.canonical(.schemas, "a/b~") == "#/components/schemas/a~1b~0")
    }
}

@Suite struct CycleTests {
    @Test func pureReferenceChain() {
        #expect(errors(components("""
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """)) == ["t.yaml:8:15: error: reference cycle: #/components/schemas/A → #/components/schemas/B → #/components/schemas/A"])
    }

    @Test func selfAllOf() {
        #expect(errors(components("""
              schemas:
                A:
                  allOf:
                    - $ref: '#/components/schemas/A'
            """)) == ["t.yaml:9:17: error: reference cycle: #/components/schemas/A → #/components/schemas/A"])
    }

    @Test func mutualAllOf() {
        #expect(errors(components("""
              schemas:
                A: {allOf: [{$ref: '#/components/schemas/B'}, {type: object}]}
                B: {allOf: [{allOf: [{$ref: '#/components/schemas/A'}]}]}
            """)) == ["t.yaml:8:33: error: reference cycle: #/components/schemas/A → #/components/schemas/B → #/components/schemas/A"])
    }

    @Test func parameterChain() {
        #expect(errors(components("""
              parameters:
                P: {$ref: '#/components/parameters/Q'}
                Q: {$ref: '#/components/parameters/P'}
              responses:
                R: {$ref: '#/components/responses/R'}
            """)) == [
            "t.yaml:8:15: error: reference cycle: #/components/parameters/P → #/components/parameters/Q → #/components/parameters/P",
            "t.yaml:10:15: error: reference cycle: #/components/responses/R → #/components/responses/R",
        ])
    }

    @Test func recursionThroughPropertiesItemsAndUnionsIsLegal() throws {
        let doc = try document(components("""
              schemas:
                Tree:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                List:
                  type: object
                  properties:
                    next: {$ref: '#/components/schemas/List'}
                Map:
                  additionalProperties: {$ref: '#/components/schemas/Map'}
                Expr:
                  oneOf: [{$ref: '#/components/schemas/Sum'}, {type: integer}]
                Sum:
                  allOf: [{type: object}]
                  properties:
                    terms: {type: array, items: {$ref: '#/components/schemas/Expr'}}
                Any:
                  anyOf: [{$ref: '#/components/schemas/Any'}, {type: string}]
                Alias: {$ref: '#/components/schemas/Tree'}
            """))
        #expect(doc.components.schemas.count == 7)
        let alias = doc.resolveSchema(try #require(doc.schema(named: "Alias")))
        #expect(alias.name == "Tree")
    }
}

@Suite struct ResolutionHelperTests {
    @Test func followsChains() throws {
        let doc = try document(components("""
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/C'}
                C: {type: string}
              responses:
                R1: {$ref: '#/components/responses/R2'}
                R2: {description: two}
              headers:
                H1: {$ref: '#/components/headers/H2'}
                H2: {description: h, schema: {type: integer}}
              requestBodies:
                B1: {$ref: '#/components/requestBodies/B2'}
                B2: {content: {text/plain: {}}, description: body}
              examples:
                E1: {$ref: '#/components/examples/E2'}
                E2: {summary: e}
            """))
        let a = try #require(doc.schema(named: "A"))
        let resolved = doc.resolveSchema(a)
        #expect(resolved.name == "C")
        #expect(resolved.schema.types == [.string])
        let inline = doc.resolveSchema(try #require(doc.schema(named: "C")))
        #expect(inline.name == nil)
        #expect(doc.resolve(try #require(doc.components.responses["R1"])).description == "two")
        #expect(doc.resolve(try #require(doc.components.headers["H1"])).schema?.types == [.integer])
        #expect(doc.resolve(try #require(doc.components.requestBodies["B1"])).description == "body")
        #expect(doc.resolve(try #require(doc.components.examples["E1"])).summary == "e")
        #expect(doc.schema(named: "Missing") == nil)
    }

    @Test func unresolvableReferencesFallBackWithoutCrashing() {
        let components = Components()
        let location = Diagnostics.SourceLocation(file: "t.yaml", line: 3, column: 4)
        let missing = Reference(ref: "#/components/parameters/P", location: location, component: .parameters, name: "P")
        let parameter = components.resolve(Referenceable<Parameter>.reference(missing))
        #expect(parameter.name == "P")
        #expect(components.lookup(Referenceable<Parameter>.reference(missing)) == nil)
        var schema = Schema(location: location)
        schema.ref = Reference(ref: "#/components/schemas/S", location: location, component: .schemas, name: "S")
        #expect(components.resolveSchema(schema).name == nil)
    }
}
