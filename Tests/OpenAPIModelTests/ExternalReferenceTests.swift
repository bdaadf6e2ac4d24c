import Diagnostics
import OpenAPIModel
import Testing
import YAML

private let multifile = packageRoot + "/spec/multifile"

/// Decodes `spec/multifile/petstore/openapi.yaml` reading its references from disk.
private func petstore() throws -> Document {
    let folder = multifile + "/petstore"
    let bytes = try #require(readBytes(folder + "/openapi.yaml"))
    let outcome = decode(bytes: bytes, file: "openapi.yaml", reader: folderReader(folder))
    #expect(outcome.errors.isEmpty, "\(outcome.errorLines)")
    #expect(outcome.warnings.isEmpty, "\(outcome.warningLines)")
    return try #require(outcome.document)
}

/// Decodes `root` (as `t.yaml`) with the other files in memory.
private func decode(_ root: String, files: [String: String]) -> Outcome {
    decode(bytes: Array(root.utf8), file: "t.yaml", reader: memoryReader(files))
}

private func schemaNames(_ document: Document) -> [String] {
    document.components.schemas.map(\.name)
}

@Suite struct ExternalReferenceTests {
    // MARK: The multi-file petstore

    @Test func petstoreComponentsAreBundledWithDeterministicNames() throws {
        let document = try petstore()
        // The root's own schemas first, then the external targets by `file#pointer`.
        #expect(schemaNames(document) == ["Tag", "Money", "Detail", "Error", "schemas_Error", "Category", "Owner", "Pet"])
        #expect(document.components.parameters.map(\.name) == ["limit", "petId"])
        #expect(document.components.responses.map(\.name) == ["error"])
        #expect(document.components.origin(of: .schemas, named: "Pet") == "schemas/pet.yaml#/Pet")
        #expect(document.components.origin(of: .schemas, named: "schemas_Error") == "schemas/Error.yaml")
        #expect(document.components.origin(of: .responses, named: "error") == "responses/error.yaml")
        #expect(document.components.origin(of: .schemas, named: "Tag") == nil)
    }

    @Test func petstoreReferencesPointAtTheBundledComponents() throws {
        let document = try petstore()
        let (list, show) = (document.operations[0].operation, document.operations[1].operation)

        let limit = document.resolve(list.parameters[0])
        #expect(limit.name == "limit")
        #expect(limit.schema?.maximum == 100)
        guard case .reference(let limitReference) = list.parameters[0] else {
            Issue.record("expected a reference")
            return
        }
        // The text stays as written; the target is the bundled component.
        #expect(limitReference.ref == "parameters.yaml#/limit")
        #expect(limitReference.component == .parameters && limitReference.name == "limit")
        #expect(limitReference.location.description == "openapi.yaml:10:17")

        let petId = document.resolve(show.parameters[0])
        #expect(petId.name == "petId" && petId.location == .path && petId.required)

        // `schemas/pet.yaml#/Pet` and `./schemas/pet.yaml#/Pet` are the same target.
        let items = try #require(document.resolve(list.responses[0].response).content["application/json"]?.schema?.items)
        #expect(items.ref?.name == "Pet")
        let shown = try #require(document.resolve(show.responses[0].response).content["application/json"]?.schema)
        #expect(shown.ref?.ref == "./schemas/pet.yaml#/Pet")
        #expect(shown.ref?.name == "Pet")

        // A whole-file response whose schema is a whole file; the `Error` of another file.
        let fallback = document.resolve(list.responses[1].response)
        #expect(fallback.description == "Unexpected error.")
        #expect(fallback.content["application/json"]?.schema?.ref?.name == "schemas_Error")
        let notFound = try #require(document.resolve(show.responses[1].response).content["application/json"]?.schema)
        #expect(notFound.ref?.name == "Error")
        #expect(document.resolveSchema(notFound).schema.required == ["code", "message"])
    }

    @Test func referencesInsideExternalFilesAreRelativeToThoseFiles() throws {
        let document = try petstore()
        let pet = try #require(document.schema(named: "Pet"))
        #expect(pet.properties.map(\.name) == ["id", "name", "category", "tags", "owner", "price"])
        // `category.yaml#/Category` next to pet.yaml; `../openapi.yaml#/…` back to the root's own
        // component; `#/Owner` inside pet.yaml itself; a `definitions` pointer two folders up.
        #expect(pet.properties["category"]?.ref?.name == "Category")
        #expect(pet.properties["tags"]?.items?.ref?.name == "Tag")
        #expect(pet.properties["owner"]?.ref?.name == "Owner")
        #expect(pet.properties["price"]?.ref?.name == "Money")
        // `#/components/schemas/Detail` inside common/errors.yaml is that file's Detail.
        #expect(document.schema(named: "Error")?.properties["detail"]?.ref?.name == "Detail")
        // Cycles through properties and items across files are legal.
        #expect(document.schema(named: "Category")?.properties["featured"]?.items?.ref?.name == "Pet")
        #expect(document.schema(named: "Owner")?.properties["pets"]?.items?.ref?.name == "Pet")
    }

    @Test func nodesOfOtherFilesAreLocatedInThoseFiles() throws {
        let document = try petstore()
        let pet = try #require(document.components.schemas.entry(named: "Pet"))
        #expect(pet.location.description == "schemas/pet.yaml:2:3")
        #expect(pet.value.properties["category"]?.ref?.location.description == "schemas/pet.yaml:7:22")
        #expect(document.schema(named: "Money")?.location.description == "../common/definitions.yaml:3:5")
        #expect(document.schema(named: "schemas_Error")?.location.description == "schemas/Error.yaml:1:1")
        #expect(document.components.schemas.entry(named: "Tag")?.location.description == "openapi.yaml:39:5")
    }

    // MARK: Forms and naming

    @Test func wholeFileReferenceIsNamedAfterTheFileStem() throws {
        let outcome = decode(spec("""
            components:
              schemas:
                Owner:
                  properties:
                    pet: {$ref: 'models/Pet.yaml'}
                    same: {$ref: 'models/Pet.yaml#'}
            """), files: ["models/Pet.yaml": "type: object\nproperties:\n  name: {type: string}\n"])
        #expect(outcome.errorLines == [])
        let document = try #require(outcome.document)
        #expect(schemaNames(document) == ["Owner", "Pet"])
        #expect(document.schema(named: "Owner")?.properties.map { $0.value.ref?.name } == ["Pet", "Pet"])
        #expect(document.schema(named: "Pet")?.properties["name"]?.types == [.string])
    }

    @Test func clashingNamesArePrefixedIndependentlyOfTraversalOrder() throws {
        let files = [
            "common.yaml": "Error: {type: object, properties: {code: {type: integer}}}\n",
            "v2/errors.yaml": "definitions:\n  Error: {type: string}\n",
        ]
        let forward = decode(spec("""
            components:
              schemas:
                A: {properties: {one: {$ref: 'common.yaml#/Error'}, two: {$ref: 'v2/errors.yaml#/definitions/Error'}}}
            """), files: files)
        let backward = decode(spec("""
            components:
              schemas:
                A: {properties: {two: {$ref: 'v2/errors.yaml#/definitions/Error'}, one: {$ref: 'common.yaml#/Error'}}}
            """), files: files)
        for outcome in [forward, backward] {
            #expect(outcome.errorLines == [])
            let document = try #require(outcome.document)
            #expect(schemaNames(document) == ["A", "Error", "errors_Error"])
            let a = try #require(document.schema(named: "A"))
            #expect(a.properties["one"]?.ref?.name == "Error")
            #expect(a.properties["two"]?.ref?.name == "errors_Error")
        }
    }

    @Test func aNameTakenByTheRootDocumentIsPrefixed() throws {
        let outcome = decode(spec("""
            components:
              schemas:
                Pet: {type: object, properties: {other: {$ref: 'zoo/pets.yaml#/Pet'}}}
                pets_Pet: {type: string}
            """), files: ["zoo/pets.yaml": "Pet: {type: integer}\n"])
        #expect(outcome.errorLines == [])
        #expect(try schemaNames(#require(outcome.document)) == ["Pet", "pets_Pet", "zoo_pets_Pet"])
    }

    @Test func discriminatorMappingsFollowFileReferences() throws {
        let outcome = decode(spec("""
            components:
              schemas:
                Fee:
                  oneOf:
                    - $ref: 'fees.yaml#/Fixed'
                    - $ref: './Bps.yaml'
                  discriminator:
                    propertyName: kind
                    mapping:
                      FIXED: 'fees.yaml#/Fixed'
                      BPS: ./Bps.yaml
            """), files: [
            "fees.yaml": "Fixed: {type: object, properties: {kind: {type: string}}}\n",
            "Bps.yaml": "type: object\nproperties: {kind: {type: string}}\n",
        ])
        #expect(outcome.errorLines == [])
        let fee = try #require(outcome.document?.schema(named: "Fee"))
        #expect(fee.discriminator?.mapping.map(\.target.name) == ["Fixed", "Bps"])
        #expect(fee.discriminator?.mapping.map(\.target.ref) == ["fees.yaml#/Fixed", "./Bps.yaml"])
    }

    @Test func everyKindOfComponentCanComeFromAnotherFile() throws {
        let outcome = decode(spec("""
            paths:
              /a:
                post:
                  parameters: [{$ref: 'api.yaml#/components/parameters/Id'}]
                  requestBody: {$ref: 'api.yaml#/components/requestBodies/Body'}
                  responses:
                    '200':
                      description: ok
                      headers:
                        X-Rate: {$ref: 'api.yaml#/components/headers/Rate'}
            """), files: ["api.yaml": """
            components:
              parameters:
                Id: {name: id, in: query, schema: {type: string}}
              requestBodies:
                Body: {content: {application/json: {schema: {type: object}}}}
              headers:
                Rate: {schema: {type: integer}}
            """])
        #expect(outcome.errorLines == [])
        let components = try #require(outcome.document?.components)
        #expect(components.parameters.map(\.name) == ["Id"])
        #expect(components.requestBodies.map(\.name) == ["Body"])
        #expect(components.headers.map(\.name) == ["Rate"])
    }

    @Test func withoutAReaderOtherFilesAreStillRejected() {
        let outcome = decode(bytes: Array(spec("""
            components:
              schemas:
                A: {$ref: 'other.yaml#/components/schemas/X'}
            """).utf8), file: "t.yaml")
        #expect(outcome.errorLines == ["t.yaml:7:15: error: references to other files are not supported yet: 'other.yaml#/components/schemas/X'"])
    }

    // MARK: Errors

    @Test func missingFile() {
        #expect(decode(spec("""
            components:
              schemas:
                A: {$ref: 'schemas/missing.yaml#/Pet'}
                B: {properties: {c: {$ref: '../up/missing.yaml'}}}
            """), files: [:]).errorLines == [
            "t.yaml:7:15: error: cannot read 'schemas/missing.yaml' (referenced as 'schemas/missing.yaml#/Pet')",
            "t.yaml:8:32: error: cannot read '../up/missing.yaml' (referenced as '../up/missing.yaml')",
        ])
    }

    @Test func pointerNotFound() {
        #expect(decode(spec("""
            components:
              schemas:
                A: {$ref: 'schemas/pet.yaml#/Nope'}
                B: {$ref: 'schemas/pet.yaml#/Pet/properties/name/nope'}
                C: {$ref: 'schemas/pet.yaml#Pet'}
            """), files: ["schemas/pet.yaml": "Pet: {properties: {name: {type: string}}}\n"]).errorLines == [
            "t.yaml:7:15: error: '#/Nope' not found in 'schemas/pet.yaml'",
            "t.yaml:8:15: error: '#/Pet/properties/name/nope' not found in 'schemas/pet.yaml'",
            "t.yaml:9:15: error: '#Pet' not found in 'schemas/pet.yaml'",
        ])
    }

    @Test func syntaxErrorInAnotherFileIsLocatedThere() {
        #expect(decode(spec("""
            components:
              schemas:
                A: {$ref: 'schemas/pet.yaml#/Pet'}
                B: {$ref: 'schemas/pet.yaml#/Other'}
            """), files: ["schemas/pet.yaml": "Pet:\n  type: [object\n"]).errorLines == [
            "schemas/pet.yaml:3:1: error: while parsing a flow sequence: did not find expected ',' or ']'",
        ])
    }

    @Test func decodingErrorsInAnotherFileAreLocatedThere() {
        #expect(decode(spec("""
            components:
              schemas:
                A: {$ref: 'schemas/pet.yaml#/Pet'}
            """), files: ["schemas/pet.yaml": "Pet:\n  type: object\n  required: 1\n  properties:\n    b: {$ref: '#/components/schemas/Nope'}\n"]).errorLines == [
            "schemas/pet.yaml:3:13: error: 'required' must be a sequence of property names, found a number",
            "schemas/pet.yaml:5:15: error: '#/components/schemas/Nope' not found in 'schemas/pet.yaml'",
        ])
    }

    @Test func aliasCycleAcrossFiles() {
        #expect(decode(spec("""
            components:
              schemas:
                Start: {$ref: 'a.yaml#/A'}
            """), files: [
            "a.yaml": "A: {$ref: 'b.yaml#/B'}\n",
            "b.yaml": "B:\n  $ref: 'a.yaml#/A'\n",
        ]).errorLines == ["b.yaml:2:9: error: reference cycle: a.yaml#/A → b.yaml#/B → a.yaml#/A"])
    }

    @Test func aliasCycleThroughTheRootDocument() {
        #expect(decode(spec("""
            components:
              schemas:
                Start: {$ref: 'a.yaml#/A'}
            """), files: ["a.yaml": "A: {$ref: 't.yaml#/components/schemas/Start'}\n"]).errorLines == [
            "a.yaml:1:11: error: reference cycle: #/components/schemas/Start → a.yaml#/A → #/components/schemas/Start",
        ])
    }

    @Test func wrongKindInAnotherOpenAPIDocument() {
        #expect(decode(spec("""
            paths:
              /a:
                get:
                  parameters: [{$ref: 'api.yaml#/components/schemas/Id'}]
                  responses: {default: {description: d}}
            """), files: ["api.yaml": "components: {schemas: {Id: {type: string}}}\n"]).errorLines == [
            "t.yaml:8:27: error: 'api.yaml#/components/schemas/Id' is a schema reference, but a parameter is expected here",
        ])
    }

    @Test func remoteAndAbsoluteReferencesStayErrors() {
        #expect(decode(spec("""
            components:
              schemas:
                A: {$ref: 'https://example.com/pet.yaml#/Pet'}
                B: {$ref: '/etc/pet.yaml#/Pet'}
            """), files: [:]).errorLines == [
            "t.yaml:7:15: error: remote reference 'https://example.com/pet.yaml#/Pet' is not allowed; the generator never fetches from the network",
            "t.yaml:8:15: error: absolute file reference '/etc/pet.yaml#/Pet' is not supported; write the path relative to the referencing file",
        ])
    }

    @Test func remoteReferenceInsideAnotherFile() {
        #expect(decode(spec("""
            components:
              schemas:
                A: {$ref: 'a.yaml#/A'}
            """), files: ["a.yaml": "A: {properties: {b: {$ref: 'http://example.com/b.yaml'}}}\n"]).errorLines == [
            "a.yaml:1:28: error: remote reference 'http://example.com/b.yaml' is not allowed; the generator never fetches from the network",
        ])
    }

    /// Each file refers to a file one folder deeper: loading stops at the file limit.
    @Test func theNumberOfFilesIsBounded() {
        let reader: SpecFileReader = { path in
            Array("A: {properties: {next: {$ref: 'x/next.yaml#/A'}}}\n".utf8)
        }
        let outcome = decode(bytes: Array(spec("""
            components:
              schemas:
                Start: {$ref: 'x/next.yaml#/A'}
            """).utf8), file: "t.yaml", reader: reader)
        let deepest = "x/" + String(repeating: "x/", count: 1000) + "next.yaml"
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.message == "more than 1000 files are referenced; not reading '\(deepest)' (referenced as 'x/next.yaml#/A')")
        #expect(outcome.errors.first?.location?.file.hasSuffix("next.yaml") == true)
    }

    /// Files that refer to each other are each read once.
    @Test func fileCyclesTerminate() throws {
        let outcome = decode(spec("""
            components:
              schemas:
                Start: {$ref: 'a.yaml#/A'}
            """), files: [
            "a.yaml": "A: {properties: {b: {$ref: 'b.yaml#/B'}}}\n",
            "b.yaml": "B: {properties: {a: {$ref: 'a.yaml#/A'}, self: {$ref: 'b.yaml#/B'}}}\n",
        ])
        #expect(outcome.errorLines == [])
        #expect(try schemaNames(#require(outcome.document)) == ["Start", "A", "B"])
    }

    // MARK: A real spec

    /// Fireblocks' api-spec-v2 maps discriminator values to files that are not published with it:
    /// the values stay unmapped, with a warning each; strict refuses the spec.
    @Test func fireblocksApiSpecV2NamesTheMissingFiles() throws {
        let folder = packageRoot + "/../shared/specs/fireblocks"
        guard let bytes = readBytes(folder + "/api-spec-v2-1.8.0.yaml") else {
            print("skipping: ../shared/specs/fireblocks/api-spec-v2-1.8.0.yaml not found")
            return
        }
        let outcome = decode(bytes: bytes, file: "api-spec-v2-1.8.0.yaml", reader: folderReader(folder))
        #expect(outcome.document != nil, "\(outcome.errorLines.prefix(3))")
        #expect(outcome.warningLines.filter { $0.contains("cannot read") } == [
            "api-spec-v2-1.8.0.yaml:23324:22: warning: cannot read 'FixedFee.yml' (referenced as './FixedFee.yml'); the discriminator value is not mapped",
            "api-spec-v2-1.8.0.yaml:23325:20: warning: cannot read 'BpsFee.yml' (referenced as './BpsFee.yml'); the discriminator value is not mapped",
        ])
        let strict = decode(bytes: bytes, file: "api-spec-v2-1.8.0.yaml", reader: folderReader(folder), strict: true)
        #expect(strict.document == nil)
        #expect(strict.errorLines == [
            "api-spec-v2-1.8.0.yaml:23324:22: error: cannot read 'FixedFee.yml' (referenced as './FixedFee.yml')",
            "api-spec-v2-1.8.0.yaml:23325:20: error: cannot read 'BpsFee.yml' (referenced as './BpsFee.yml')",
        ])
    }
}
