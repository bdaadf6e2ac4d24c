import Diagnostics
import OpenAPIModel
import Testing
import YAML

/// Decodes `schemas:` entries (indented by four spaces) and returns the named schema.
private func schema(_ name: String, version: String = "3.0.3", _ body: String) throws -> Schema {
    let doc = try document(spec(version: version, "components:\n  schemas:\n" + body))
    return try #require(doc.schema(named: name))
}

@Suite struct SchemaTests {
    @Test func objectKeywords() throws {
        let s = try schema("Pet", """
                Pet:
                  type: object
                  title: A pet
                  description: d
                  required: [name, id]
                  properties:
                    name: {type: string, minLength: 1, maxLength: 20, pattern: '^[a-z]+$'}
                    id: {type: integer, format: int64, readOnly: true}
                    tag: {type: string, writeOnly: true, deprecated: true}
                  additionalProperties: false
                  minProperties: 1
                  maxProperties: 5
                  x-kind: pet
            """)
        #expect(s.types == [.object])
        #expect(s.title == "A pet")
        #expect(s.required == ["name", "id"])
        #expect(s.properties.map(\.name) == ["name", "id", "tag"])
        #expect(s.properties["name"]?.pattern == "^[a-z]+$")
        #expect(s.properties["name"]?.maxLength == 20)
        #expect(s.properties["id"]?.format == "int64")
        #expect(s.properties["id"]?.readOnly == true)
        #expect(s.properties["tag"]?.deprecated == true)
        guard case .allowed(false) = s.additionalProperties else {
            Issue.record("additionalProperties: \(String(describing: s.additionalProperties))")
            return
        }
        #expect(s.minProperties == 1 && s.maxProperties == 5)
        #expect(s.extensions.map { $0.key.text } == ["x-kind"])
    }

    @Test func additionalPropertiesSchemaAndArrays() throws {
        let s = try schema("M", """
                M:
                  type: object
                  additionalProperties: {type: array, items: {type: number}, minItems: 1, maxItems: 3, uniqueItems: true}
            """)
        guard case .schema(let values) = s.additionalProperties else {
            Issue.record("additionalProperties is not a schema")
            return
        }
        #expect(values.types == [.array])
        #expect(values.items?.types == [.number])
        #expect(values.minItems == 1 && values.maxItems == 3 && values.uniqueItems)
    }

    @Test func composition() throws {
        let s = try schema("C", """
                C:
                  allOf: [{$ref: '#/components/schemas/B'}, {type: object}]
                  oneOf: [{type: string}, {type: integer}]
                  anyOf: [{type: boolean}]
                  not: {type: 'null'}
                B: {type: object}
            """)
        #expect(s.allOf.count == 2)
        #expect(s.allOf[0].ref?.name == "B")
        #expect(s.oneOf.map(\.types) == [[.string], [.integer]])
        #expect(s.anyOf.count == 1)
        #expect(s.not?.nullable == true)
    }

    @Test func valuesAreKeptAsNodes() throws {
        let s = try schema("E", """
                E:
                  type: string
                  enum: [a, b, 1]
                  default: a
                  example: b
            """)
        #expect(s.enumValues?.map(\.text) == ["a", "b", "1"])
        #expect(s.enumValues?[2].int == 1)
        #expect(s.defaultValue?.string == "a")
        #expect(s.example?.string == "b")
    }

    @Test func nullable30() throws {
        let s = try schema("N", "    N: {type: string, nullable: true}\n")
        #expect(s.types == [.string])
        #expect(s.nullable)
    }

    @Test func typeArraysAndConst31() throws {
        let s = try schema("T", version: "3.1.0", """
                T:
                  type: [string, 'null', integer]
                  const: fixed
                  examples: [x, y]
            """)
        #expect(s.types == [.string, .integer])
        #expect(s.nullable)
        #expect(s.const?.string == "fixed")
        #expect(s.examples.map(\.text) == ["x", "y"])
        let onlyNull = try schema("N", version: "3.1.0", "    N: {type: 'null'}\n")
        #expect(onlyNull.types == [])
        #expect(onlyNull.nullable)
    }

    @Test func examplesMappingIsIgnoredIn30() throws {
        let s = try schema("X", "    X: {type: string, examples: {a: {value: 1}}}\n")
        #expect(s.examples.isEmpty)
    }

    @Test func typeArrayIsAnErrorIn30() {
        #expect(errors(spec("components:\n  schemas:\n    T: {type: [string, 'null']}\n")) == [
            "t.yaml:7:15: error: 'type' must be a string, found a sequence",
        ])
        #expect(errors(spec("components:\n  schemas:\n    T: {type: text}\n")) == [
            "t.yaml:7:15: error: unknown type 'text'; expected one of string, number, integer, boolean, array, object, null",
        ])
    }

    @Test func exclusiveBounds30AreFolded() throws {
        let s = try schema("B", """
                B:
                  type: number
                  minimum: 0
                  exclusiveMinimum: true
                  maximum: 10
                  exclusiveMaximum: false
                  multipleOf: 0.5
            """)
        #expect(s.minimum == nil)
        #expect(s.exclusiveMinimum == 0)
        #expect(s.maximum == 10)
        #expect(s.exclusiveMaximum == nil)
        #expect(s.multipleOf == 0.5)
    }

    @Test func exclusiveBounds31AreNumbers() throws {
        let s = try schema("B", version: "3.1.0", "    B: {type: number, exclusiveMinimum: 1, exclusiveMaximum: 2.5}\n")
        #expect(s.exclusiveMinimum == 1)
        #expect(s.exclusiveMaximum == 2.5)
        #expect(s.minimum == nil)
    }

    @Test func booleanSchemas31() throws {
        let s = try schema("O", version: "3.1.0", """
                O:
                  type: object
                  properties:
                    anything: true
                    nothing: false
            """)
        let anything = try #require(s.properties["anything"])
        #expect(anything.types.isEmpty && anything.not == nil && anything.ref == nil)
        let nothing = try #require(s.properties["nothing"])
        #expect(nothing.not != nil)
        #expect(nothing.not?.types == [])
    }

    @Test func refSiblingsIgnoredIn30() throws {
        let s = try schema("R", """
                R:
                  $ref: '#/components/schemas/T'
                  description: ignored
                T: {type: string}
            """)
        #expect(s.ref?.name == "T")
        #expect(s.description == nil)
    }

    @Test func refSiblingsDecodedIn31() throws {
        let s = try schema("R", version: "3.1.0", """
                R:
                  $ref: '#/components/schemas/T'
                  description: kept
                T: {type: string}
            """)
        #expect(s.ref?.name == "T")
        #expect(s.description == "kept")
    }

    @Test func discriminatorMapping() throws {
        let s = try schema("Pet", """
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: '#/components/schemas/Cat'
                      dog: Dog
                Cat: {type: object}
                Dog: {type: object}
            """)
        let discriminator = try #require(s.discriminator)
        #expect(discriminator.propertyName == "kind")
        #expect(discriminator.mapping.map(\.value) == ["cat", "dog"])
        #expect(discriminator.mapping.map(\.target.name) == ["Cat", "Dog"])
        #expect(discriminator.mapping.map(\.target.component) == [.schemas, .schemas])
        #expect(discriminator.mapping[1].target.ref == "#/components/schemas/Dog")
    }

    @Test func discriminatorErrors() {
        #expect(errors(spec("""
            components:
              schemas:
                Pet:
                  discriminator:
                    mapping:
                      cat: Cat
            """), strict: true) == [
            "t.yaml:9:9: error: missing required field 'propertyName' in discriminator",
            "t.yaml:10:16: error: unresolved reference '#/components/schemas/Cat'",
        ])
    }

    @Test func schemaMustBeAMapping() {
        #expect(errors(spec("components:\n  schemas:\n    S:\n      properties:\n        a: string\n")) == [
            "t.yaml:9:12: error: 'a' must be a schema (a mapping), found a string",
        ])
    }

    /// The fields share one box between copies: a change must reach only the schema changed.
    @Test func aChangedCopyLeavesTheOriginalAlone() throws {
        let original = try schema("Pet", """
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """)
        var copy = original
        copy.types = [.array]
        copy.properties.append("age", Schema(location: copy.location), at: copy.location)
        copy.items = original
        #expect(original.types == [.object])
        #expect(original.properties.map(\.name) == ["name"])
        #expect(original.items == nil)
        #expect(copy.types == [.array])
        #expect(copy.properties.map(\.name) == ["name", "age"])
        #expect(copy.items?.types == [.object])
    }
}
