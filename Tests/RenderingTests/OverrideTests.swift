// Name and type overrides, extra imports and the client's name, from `GeneratorConfig` (which the
// configuration file and the flags fill).

import Diagnostics
import GeneratorCore
import Testing

@Suite struct OverrideTests {
    static let document = spec("""
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
        components:
          schemas:
            Pet:
              type: object
              required: [pet_name]
              properties:
                pet_name: {type: string}
                price: {$ref: '#/components/schemas/Money'}
            Money:
              type: object
              properties:
                amount: {type: string}
        """)

    @Test func namesTypesImportsAndClientNameApply() throws {
        var config = GeneratorConfig()
        config.clientTypeName = "PetStore"
        config.imports = ["MyMoney"]
        config.schemaNames = ["Pet": "Animal"]
        config.propertyNames = ["Pet.pet_name": "title"]
        config.operationNames = ["listPets": "animals"]
        config.types = ["Money": "MyMoney.Amount"]
        let files = try generate(Self.document, config: config)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("public struct Animal: ObjectModel {"))
        #expect(models.contains("    public var title: String\n"))
        #expect(models.contains(#"        self.title = try container.read("pet_name")"#))
        #expect(models.contains("    public var price: MyMoney.Amount?\n"))
        // A type of the user's is not declared, and not stored out of line as generated structs are.
        #expect(!models.contains("struct Money"))
        #expect(!models.contains("@Indirect"))
        #expect(models.contains("import Foundation\nimport MyMoney\n"))
        let operations = try #require(files["Operations.swift"])
        #expect(operations.contains("extension PetStore {"))
        #expect(operations.contains("    public func animals(\n    ) async throws -> AnimalsOutput {"))
        #expect(operations.contains("public typealias AnimalsOutput = OperationOutput<[Animal]>"))
        #expect(try #require(files["Client.swift"]).contains("public struct PetStore: Sendable {"))
    }

    @Test func overridesThatNameNothingAreErrorsWithASuggestion() {
        var config = GeneratorConfig()
        config.schemaNames = ["Pets": "Animal"]
        config.propertyNames = ["Pet.petname": "title"]
        config.operationNames = ["listPet": "animals"]
        config.types = ["Mony": "Decimal"]
        #expect {
            _ = try Generator.generate(spec: Array(Self.document.utf8), fileName: "t.yaml", config: config)
        } throws: { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.description) ?? []
            return messages == [
                "error: names.schemas: the spec has no schema 'Pets'; did you mean 'Pet'?",
                "error: types: the spec has no schema 'Mony'; did you mean 'Money'?",
                "error: names.properties: the spec has no property 'Pet.petname'; did you mean 'Pet.pet_name'?",
                "error: names.operations: the spec has no operationId 'listPet'; did you mean 'listPets'?",
            ]
        }
    }
}
