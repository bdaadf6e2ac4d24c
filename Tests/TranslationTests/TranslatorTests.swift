import Diagnostics
import OpenAPIModel
import Testing
@testable import Translation

/// One spec exercising most of the schema and operation translation.
private let petStore = spec("""
    servers:
      - url: https://{region}.example.com/{version}
        description: Main
        variables:
          region: {default: eu}
          version: {default: v2}
    paths:
      /pets/{petId}:
        get:
          parameters:
            - {name: petId, in: path, required: true, schema: {type: string, minLength: 3, maxLength: 10}}
            - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
            - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
            - {name: colors, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}
            - {name: spaced, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
            - {name: limit, in: query, required: true, schema: {type: integer, minimum: 1, maximum: 100}}
            - {name: score, in: query, schema: {type: number, exclusiveMinimum: true, minimum: 0}}
            - {name: X-Trace, in: header, schema: {type: string}}
          responses:
            '200':
              description: ok
              headers:
                X-Request-ID: {description: the id, schema: {type: string}}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Pet'}
            default:
              description: err
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Problem'}
      /pets:
        put:
          operationId: updatePet
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Pet'}
          responses:
            '204': {description: done}
    components:
      schemas:
        Problem:
          type: object
          properties:
            message: {type: string}
        Pet:
          type: object
          required: [name, asset_id, born]
          properties:
            name: {type: string, description: The name.}
            asset_id: {type: string}
            born: {type: string, format: date-time, nullable: true}
            count32: {type: integer, format: int32}
            count64: {type: integer, format: int64}
            count: {type: integer}
            ratio: {type: number, format: float}
            weight: {type: number, format: double}
            plain: {type: number}
            ok: {type: boolean}
            blob: {type: string, format: byte}
            friends: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            scores: {type: object, additionalProperties: {type: integer}}
            free: {type: object}
            anything: {}
            owner:
              type: object
              properties:
                first_name: {type: string}
            status: {$ref: '#/components/schemas/Status'}
        Status:
          type: string
          enum: [active, "", 1d, a-b, ALL CAPS, a_b, default, null]
    """)

@Suite struct LayoutTests {
    /// With the letters layout, the file set is the layout's whatever the spec, and each
    /// declaration's file depends only on its name.
    @Test func declarationsGoToTheirLettersFiles() throws {
        var diagnostics = DiagnosticCollector()
        let document = try Document.load(bytes: Array(petStore.utf8), file: "t.yaml", diagnostics: &diagnostics)
        let files = try Translator.translate(
            document, options: TranslationOptions(specFileName: "t.yaml", layout: .letters), diagnostics: &diagnostics
        )
        #expect(files.map(\.fileName) == OutputLayout.letters.fileNames)
        #expect(files.count == 2 + 27)
        let byFile = Dictionary(uniqueKeysWithValues: files.map { ($0.fileName, $0) })
        #expect(byFile["P.swift"]?.models.map(\.name) == ["Problem", "Pet"])
        #expect(byFile["S.swift"]?.models.map(\.name) == ["Status"])
        // `updatePet` acts on pets.
        #expect(byFile["P.swift"]?.operations.map(\.methodName).contains("updatePet") == true)
        for file in files {
            #expect(file.operations.allSatisfy { OutputLayout.file(OutputLayout.group(ofMethod: $0.methodName)) == file.fileName })
        }
        #expect(files.flatMap(\.operations).count == 2)
    }

    @Test func aNameGoesToTheLetterOfWhatItNames() {
        #expect(OutputLayout.group(ofType: "VaultAccount") == "V")
        #expect(OutputLayout.group(ofType: "lowercased") == "L")
        #expect(OutputLayout.group(ofType: "_2FAStatus") == "Other")
        #expect(OutputLayout.group(ofType: "Übersicht") == "Other")
        #expect(OutputLayout.group(ofMethod: "getVaultAccounts") == "V")
        #expect(OutputLayout.group(ofMethod: "get2FAStatus") == "F")
        #expect(OutputLayout.group(ofMethod: "ping") == "P")
        #expect(OutputLayout.group(ofMethod: "_") == "Other")
        #expect(OutputLayout.groups.map(OutputLayout.file).suffix(2) == ["Z.swift", "Other.swift"])
    }
}

@Suite struct DefaultValueTests {
    /// A schema's `default` becomes the initializer parameter's default when it fits the type.
    @Test func defaultsBecomeInitializerDefaults() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Status: {type: string, enum: ['on', 'off'], default: 'on'}
                Thing:
                  type: object
                  required: [count]
                  properties:
                    count: {type: integer, default: 10}
                    name: {type: string, default: 'a "b"'}
                    ratio: {type: number, default: 0.5}
                    flag: {type: boolean, default: false}
                    status: {$ref: '#/components/schemas/Status'}
                    mode: {type: string, enum: [fast, slow], default: slow}
                    bad: {type: integer, default: abc}
            """))
        #expect(result.model("Thing")?.properties.map(initParameter) == [
            "count: Int = 10",
            #"name: String? = "a \"b\"""#,
            "ratio: Double? = 0.5",
            "flag: Bool? = false",
            #"status: Status? = Status(rawValue: "on")"#,
            #"mode: Mode? = Mode(rawValue: "slow")"#,
            "bad: Int? = nil",
        ])
    }

    /// A 3.1 `const` is the default when there is no other.
    @Test func aConstIsTheDefaultWithoutADefault() throws {
        let result = try translate("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    kind: {type: string, const: thing}
                    version: {type: integer, const: 2, default: 3}
            """)
        #expect(result.model("Thing")?.properties.map(initParameter) == [#"kind: String? = "thing""#, "version: Int? = 3"])
    }
}

@Suite struct SchemaTranslationTests {
    @Test func filesAndHeader() throws {
        let result = try translate(petStore)
        #expect(result.errors == [])
        #expect(result.files.map(\.fileName) == ["Client.swift", "Support.swift", "Models.swift", "Operations.swift"])
        #expect(result.files.map(\.template) == ["client", "support", "models", "operations"])
        #expect(result.files.allSatisfy { $0.header == "// Generated by openapi-swift-gen from t.yaml. DO NOT EDIT." })
        let networking = ["Foundation", "HTTPTypes", "OpenAPIRuntime"]
        #expect(result.files.map(\.imports) == [networking, networking, ["Foundation"], networking])
        #expect(result.files.allSatisfy { $0.access == "public" })
        #expect(result.models.map(\.name) == ["Problem", "Pet", "Status"])
    }

    @Test func propertyTypesAndOptionality() throws {
        let pet = try #require(try translate(petStore).model("Pet"))
        #expect(pet.isStruct && !pet.isEnum && !pet.isTypealias)
        let rows = pet.properties.map { [$0.name, $0.jsonKey, $0.type, initParameter($0)] }
        #expect(rows == [
            ["name", #""name""#, "String", "name: String"],
            ["assetId", #""asset_id""#, "String", "assetId: String"],
            // Required but nullable: optional, with a default.
            ["born", #""born""#, "Date?", "born: Date? = nil"],
            ["count32", #""count32""#, "Int32?", "count32: Int32? = nil"],
            ["count64", #""count64""#, "Int64?", "count64: Int64? = nil"],
            ["count", #""count""#, "Int?", "count: Int? = nil"],
            ["ratio", #""ratio""#, "Float?", "ratio: Float? = nil"],
            ["weight", #""weight""#, "Double?", "weight: Double? = nil"],
            ["plain", #""plain""#, "Double?", "plain: Double? = nil"],
            ["ok", #""ok""#, "Bool?", "ok: Bool? = nil"],
            ["blob", #""blob""#, "Data?", "blob: Data? = nil"],
            ["friends", #""friends""#, "[Pet]?", "friends: [Pet]? = nil"],
            ["scores", #""scores""#, "[String: Int]?", "scores: [String: Int]? = nil"],
            ["free", #""free""#, "[String: JSONValue]?", "free: [String: JSONValue]? = nil"],
            ["anything", #""anything""#, "JSONValue?", "anything: JSONValue? = nil"],
            ["owner", #""owner""#, "Owner?", "owner: Owner? = nil"],
            ["status", #""status""#, "Status?", "status: Status? = nil"],
        ])
        #expect(pet.properties.map(\.separator) == Array(repeating: ",", count: 16) + [""])
        #expect(pet.properties[0].doc == ["/// The name."])
        #expect(pet.doc == ["/// - Remark: Generated from `#/components/schemas/Pet`."])
    }

    @Test func codingMethodsFollowOptionalityAndNullability() throws {
        let pet = try #require(try translate(petStore).model("Pet"))
        let rows = pet.properties.prefix(3).map { [$0.name, $0.valueType, "\($0.decodesIfPresent)", "\($0.isOptional)"] }
        #expect(rows == [
            ["name", "String", "false", "false"],
            ["assetId", "String", "false", "false"],
            // Required but nullable: read when missing or null, written as null.
            ["born", "Date", "true", "false"],
        ])
        let count = try #require(pet.properties.first { $0.name == "count32" })
        #expect([count.valueType, "\(count.decodesIfPresent)", "\(count.isOptional)"] == ["Int32", "true", "true"])
    }

    @Test func aDeprecatedPropertyIsStoredUnderAnInternalName() throws {
        let result = try translate("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    old: {type: string, deprecated: true}
                    default: {type: string, deprecated: true}
                    self: {type: string, deprecated: true}
                    kept: {type: string}
            """)
        let item = try #require(result.model("Item"))
        let rows = item.properties.map { [$0.name, $0.storageName, String($0.deprecated)] }
        #expect(rows == [
            ["old", "_old", "true"],
            ["`default`", "_default", "true"],
            ["_self", "__self", "true"],
            ["kept", "kept", "false"],
        ])
    }

    @Test func propertiesHoldingStructsAreIndirect() throws {
        let pet = try #require(try translate(petStore).model("Pet"))
        let indirect = pet.properties.filter(\.isIndirect).map(\.name)
        #expect(indirect == ["owner"])
    }

    @Test func inlineObjectBecomesANestedModelNamedFromItsProperty() throws {
        let pet = try #require(try translate(petStore).model("Pet"))
        #expect(pet.nested.map(\.name) == ["Owner"])
        let owner = pet.nested[0]
        #expect(owner.isStruct)
        #expect(owner.doc == [])
        #expect(owner.properties.map(\.name) == ["firstName"])
        #expect(owner.properties.map(\.type) == ["String?"])
        #expect(owner.properties.map(\.jsonKey) == [#""first_name""#])
    }

    @Test func stringEnumBecomesAnOpenEnum() throws {
        let result = try translate(petStore)
        let status = try #require(result.model("Status"))
        #expect(status.isEnum && !status.isStruct)
        #expect(status.rawType == "String")
        #expect(status.cases.map(\.name) == ["active", "empty", "_1d", "aB", "allCaps", "`default`"])
        #expect(status.cases.map(\.literal) == [#""active""#, #""""#, #""1d""#, #""a-b""#, #""ALL CAPS""#, #""default""#])
        // `a_b` names the same case as `a-b`: a warning, the first value keeps the case.
        #expect(result.warnings == [
            "t.yaml:78:45: warning: enum values of 'Status' collide as Swift case 'aB'; 'a_b' is reachable only through its raw value",
        ])
    }

    @Test func integerEnum() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Level:
                  type: integer
                  enum: [1, -2, 1, x]
            """))
        let level = try #require(result.model("Level"))
        #expect(level.rawType == "Int")
        #expect(level.cases.first?.name == "value1")
        #expect(level.cases.map(\.name) == ["value1", "valueMinus2"])
        #expect(level.cases.map(\.literal) == ["1", "-2"])
        #expect(result.warnings == ["t.yaml:10:24: warning: enum value 'x' of 'Level' is not an integer; it is left out"])
    }

    @Test func nonObjectComponentsBecomeTypeAliases() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Names: {type: array, items: {type: string}}
                Amount: {type: string, description: A decimal.}
                Ref: {$ref: '#/components/schemas/Amount'}
                Map: {type: object, additionalProperties: {$ref: '#/components/schemas/Amount'}}
            """))
        #expect(result.models.map(\.name) == ["Names", "Amount", "Ref", "Map"])
        #expect(result.models.map(\.isTypealias) == [true, true, true, true])
        #expect(result.models.map(\.aliasedType) == ["[String]", "String", "Amount", "[String: Amount]"])
        #expect(result.model("Amount")?.doc == ["/// A decimal.", "///", "/// - Remark: Generated from `#/components/schemas/Amount`."])
    }
}

@Suite struct OperationTranslationTests {
    /// The request body argument is `body`, unless a parameter is labelled `body` (a parameter
    /// that only starts with `body` does not count).
    @Test func requestBodyArgumentName() throws {
        let result = try translate(spec("""
            paths:
              /a:
                post:
                  operationId: postA
                  parameters:
                    - {name: bodyType, in: query, schema: {type: string}}
                  requestBody:
                    content:
                      application/json: {schema: {type: integer}}
                  responses: {'204': {description: ok}}
                put:
                  operationId: putA
                  parameters:
                    - {name: body, in: query, schema: {type: string}}
                  requestBody:
                    required: true
                    content:
                      application/json: {schema: {type: integer}}
                  responses: {'204': {description: ok}}
            """))
        #expect(result.operation("postA")?.parameters.map(declaration) == ["bodyType: String? = nil", "body: Int? = nil"])
        #expect(result.operation("postA")?.bodyArgument == "body")
        #expect(result.operation("putA")?.parameters.map(declaration) == ["body: String? = nil", "requestPayload: Int"])
        #expect(result.operation("putA")?.bodyArgument == "requestPayload")
    }

    @Test func methodNameFromMethodAndPathWithoutOperationId() throws {
        let operation = try #require(try translate(petStore).files.flatMap(\.operations).first)
        #expect(operation.methodName == "getPetsByPetId")
        #expect(operation.operationIDLiteral == #""getPetsByPetId""#)
        #expect(operation.outputType == "GetPetsByPetIdOutput")
        #expect(operation.httpMethod == "get")
        #expect(operation.pathPieces.map(\.literal) == [#""/pets/""#, ""])
        #expect(operation.pathPieces.map(\.argument) == ["", "petId"])
        #expect(operation.pathPieces.map(\.isLast) == [false, true])
        #expect(operation.doc.last == "/// - Remark: Generated from `GET /pets/{petId}` (`getPetsByPetId`).")
    }

    @Test func parametersInOrderWithDeclarations() throws {
        let operation = try #require(try translate(petStore).operation("getPetsByPetId"))
        #expect(operation.parameters.map(declaration) == [
            "petId: String", "ids: [Int]? = nil", "tags: [String]? = nil", "colors: [String]? = nil",
            "spaced: [String]? = nil", "limit: Int", "score: Double? = nil", "xTrace: String? = nil",
        ])
        #expect(operation.parameters.map(\.separator) == Array(repeating: ",", count: 7) + [""])
        #expect(operation.parameters.map(\.isOptional) == [false, true, true, true, true, false, true, true])
    }

    @Test func queryArrayStyles() throws {
        let operation = try #require(try translate(petStore).operation("getPetsByPetId"))
        #expect(operation.hasQuery)
        let query = operation.queryParameters
        #expect(query.map(\.name) == ["ids", "tags", "colors", "spaced", "limit", "score"])
        #expect(query.map(\.nameLiteral) == [#""ids""#, #""tags""#, #""colors""#, #""spaced""#, #""limit""#, #""score""#])
        #expect(query.map(\.isArray) == [true, true, true, true, false, false])
        #expect(query.map(\.isScalar) == [false, false, false, false, true, true])
        #expect(query.map(\.isExploded) == [true, false, false, false, false, false])
        #expect(query.map(\.isCommaDelimited) == [false, true, false, false, false, false])
        #expect(query.map(\.isPipeDelimited) == [false, false, true, false, false, false])
        #expect(query.map(\.isSpaceDelimited) == [false, false, false, true, false, false])
        #expect(query.map(\.style) == ["form", "form", "pipeDelimited", "spaceDelimited", "form", "form"])
        #expect(query.map(\.explode) == [true, false, false, false, true, true])
        #expect(query.allSatisfy(\.isQuery) && !query.contains { $0.isPath || $0.isHeader || $0.isCookie || $0.isBody })
    }

    @Test func validations() throws {
        let operation = try #require(try translate(petStore).operation("getPetsByPetId"))
        let constraints = Dictionary(uniqueKeysWithValues: operation.parameters.map { ($0.name, $0.constraints.map { "\($0.kind) \($0.value)" }) })
        #expect(constraints["petId"] == ["minLength 3", "maxLength 10"])
        #expect(constraints["limit"] == ["minimum 1", "maximum 100"])
        // 3.0's boolean `exclusiveMinimum` turns `minimum` into a strict bound (and only that).
        #expect(constraints["score"] == ["exclusiveMinimum 0.0"])
        #expect(constraints["ids"] == [])
        #expect(operation.parameters.map(\.hasConstraints) == [true, false, false, false, false, true, true, false])
        let flags = operation.parameters.flatMap(\.constraints).map {
            [$0.isMinLength, $0.isMaxLength, $0.isMinimum, $0.isMaximum, $0.isExclusiveMinimum, $0.isExclusiveMaximum, $0.isMinItems, $0.isMaxItems]
        }
        #expect(flags.map { $0.firstIndex(of: true) } == [0, 1, 2, 3, 4])
        #expect(flags.allSatisfy { $0.filter { $0 }.count == 1 })
    }

    @Test func headersAndResponses() throws {
        let operation = try #require(try translate(petStore).operation("getPetsByPetId"))
        #expect(operation.headerParameters.map(\.nameLiteral) == [#""X-Trace""#])
        #expect(operation.headerParameters.map(\.name) == ["xTrace"])
        #expect(operation.headerParameters.map(\.isOptional) == [true])
        #expect(operation.headerParameters.map(\.isScalar) == [true])
        #expect(operation.acceptLiteral == #""application/json""#)
        #expect(operation.hasAccept)
        #expect(operation.successes.map(\.code) == ["200"])
        #expect(operation.successes.map(\.isCode) == [true])
        #expect(operation.successes.map(\.readsJSON) == [true])
        #expect(operation.successes.map(\.decodedType) == ["Pet"])
        #expect(operation.successes.map(\.isCase) == [false])
        #expect(operation.hasBody && operation.bodyType == "Pet")
        #expect(operation.bodyDoc == ["/// ok"])
        #expect(operation.outputHeaders.map(\.name) == ["xRequestID"])
        #expect(operation.outputHeaders.map(\.nameLiteral) == [#""X-Request-ID""#])
        #expect(operation.outputHeaders.map(\.doc) == [["/// the id"]])
        #expect(operation.failureBodyType == "Problem")
        #expect(!operation.hasRequestBody && operation.bodyArgument == "")
    }

    @Test func jsonRequestBody() throws {
        let operation = try #require(try translate(petStore).operation("updatePet"))
        #expect(operation.hasRequestBody)
        #expect(operation.bodyArgument == "body")
        #expect(!operation.bodyIsOptional)
        #expect(operation.contentTypeLiteral == #""application/json""#)
        #expect(operation.parameters.map(declaration) == ["body: Pet"])
        #expect(operation.parameters.map(\.isBody) == [true])
        #expect(operation.sendsJSON && !operation.sendsForm && !operation.sendsMultipart && !operation.sendsBinary && !operation.sendsText)
        #expect(operation.setsHeaderFields)
        #expect(operation.httpMethod == "put")
        #expect(operation.successes.map(\.code) == ["204"])
        #expect(operation.successes.map(\.hasValue) == [false])
        #expect(operation.successes.map { $0.readsJSON || $0.readsText || $0.readsData } == [false])
        #expect(!operation.hasBody && !operation.hasAccept)
        #expect(operation.failureBodyType == "JSONValue")
    }
}

@Suite struct ServerTranslationTests {
    private func servers(_ yaml: String) throws -> (names: [String], urls: [String], warnings: [String]) {
        let result = try translate(spec(yaml + "\npaths: {}\n"))
        let servers = result.client?.servers ?? []
        return (servers.map(\.name), servers.map(\.urlLiteral), result.warnings)
    }

    @Test func namedByTheWordsThatSetDescriptionsApart() throws {
        let result = try servers("""
            servers:
              - url: https://api.fireblocks.io/v1
                description: Fireblocks Production Environment Base URL
              - url: https://sandbox-api.fireblocks.io/v1
                description: Fireblocks Sandbox Environment Base URL
            """)
        #expect(result.names == ["production", "sandbox"])
        #expect(result.urls == [#""https://api.fireblocks.io/v1""#, #""https://sandbox-api.fireblocks.io/v1""#])
    }

    @Test func identicalDescriptionsFallBackToNumbers() throws {
        let result = try servers("""
            servers:
              - url: https://a.example.com
                description: Same
              - url: https://b.example.com
                description: Same
            """)
        #expect(result.names == ["server1", "server2"])
    }

    @Test func variablesGetTheirDefaults() throws {
        let result = try translate(petStore)
        let server = try #require(result.client?.servers.first)
        #expect(server.name == "`default`")
        #expect(server.urlLiteral == #""https://eu.example.com/v2""#)
        #expect(server.doc == ["/// Main", "///", "/// `https://eu.example.com/v2`"])
        #expect(result.client?.defaultServer == "`default`")
    }

    @Test func noServersMeansTheDocumentRoot() throws {
        let result = try servers("")
        #expect(result.names == ["`default`"])
        #expect(result.urls == [#""/""#])
    }
}

@Suite struct CollisionTests {
    /// Colliding schema names are told apart by sorted spec name, not by position, with a warning
    /// naming both schemas and the override.
    @Test func schemasWithTheSameSwiftName() throws {
        let types = ["user_name": "string", "UserName": "integer", "user-name": "boolean"]
        for order in [["user_name", "UserName", "user-name"], ["user-name", "user_name", "UserName"]] {
            let result = try translate(spec("""
                paths: {}
                components:
                  schemas:
                    \(order[0]): {type: \(types[order[0]]!)}
                    \(order[1]): {type: \(types[order[1]]!)}
                    \(order[2]): {type: \(types[order[2]]!)}
                    UserName3: {type: number}
                """))
            #expect(result.errors == [])
            let line = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, 8 + $0) })
            #expect(Set(result.warnings) == [
                "t.yaml:\(line["user-name"]!):5: warning: schemas 'UserName' and 'user-name' share the Swift name 'UserName'; 'user-name' is named 'UserName2' (choose another with --schema-name user-name=Name, or names.schemas in the configuration file)",
                "t.yaml:\(line["user_name"]!):5: warning: schemas 'UserName' and 'user_name' share the Swift name 'UserName'; 'user_name' is named 'UserName4' (choose another with --schema-name user_name=Name, or names.schemas in the configuration file)",
            ])
            #expect(result.model("UserName")?.aliasedType == "Int")
            #expect(result.model("UserName2")?.aliasedType == "Bool")
            #expect(result.model("UserName3")?.aliasedType == "Double")
            #expect(result.model("UserName4")?.aliasedType == "String")
        }
    }

    /// A name chosen with `names.schemas` keeps it; two chosen names that collide are an error.
    @Test func chosenSchemaNamesWin() throws {
        var options = TranslationOptions(specFileName: "t.yaml")
        options.schemaNames = ["pet_status": "PetStatus"]
        let document = spec("""
            paths: {}
            components:
              schemas:
                PetStatus: {type: string}
                pet_status: {type: integer}
            """)
        let chosen = try translate(document, options: options)
        #expect(chosen.model("PetStatus")?.aliasedType == "Int")
        #expect(chosen.model("PetStatus2")?.aliasedType == "String")
        options.schemaNames["PetStatus"] = "PetStatus"
        #expect(try translate(document, options: options).errors == [
            "t.yaml:9:5: error: schemas 'PetStatus' and 'pet_status' are both named 'PetStatus' in Swift by names.schemas (the first is at t.yaml:8:5)",
        ])
    }

    /// Colliding property names are told apart by sorted spec name, not by position.
    @Test func propertiesWithTheSameSwiftName() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    a_b: {type: string}
                    aB: {type: string}
            """))
        #expect(result.errors == [])
        #expect(result.warnings == [
            "t.yaml:11:9: warning: properties of 'Thing' share the Swift name 'aB'; 'a_b' is named 'aB2'",
        ])
        #expect(result.model("Thing")?.properties.map(\.name) == ["aB2", "aB"])
    }
}

@Suite struct SuspiciousTranslationTests {
    /// `UNKNOWN`, `unknown` and `other` are values specs use: they get their natural names, and the
    /// open enum's fallback case is `undocumented`, the same in every enum and union.
    @Test func anEnumValueNamedUnknownIsACase() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                State: {type: string, enum: [known, UNKNOWN, other]}
                Either: {oneOf: [{$ref: '#/components/schemas/Unknown'}, {type: string}]}
                Unknown: {type: object, properties: {a: {type: string}}}
            """))
        #expect(result.model("State")?.cases.map(\.name) == ["known", "unknown", "other"])
        #expect(result.model("State")?.fallbackCase == "undocumented")
        #expect(result.model("Either")?.variants.map(\.name) == ["unknown", "string"])
        #expect(result.model("Either")?.fallbackCase == "undocumented")
        #expect(result.warnings == [])
    }

    /// A name `required` lists without declaring it (Fireblocks' `LegalEntityRegistration.tenantId`)
    /// is kept as a property of any JSON value, with a warning; across `allOf` parts too. A schema
    /// of nothing but `required` (a constraint, as in `oneOf` alternatives) stays what it was.
    @Test func aRequiredNameWithoutAPropertyIsKept() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Registration:
                  type: object
                  required: [id, tenantId]
                  properties:
                    id: {type: string}
                Extended:
                  allOf:
                    - $ref: '#/components/schemas/Registration'
                    - {required: [id, region]}
                OnlyRequired: {required: [a]}
            """))
        #expect(result.model("Registration")?.properties.map(\.name) == ["id", "tenantId"])
        #expect(result.model("Registration")?.properties.map(\.type) == ["String", "JSONValue"])
        #expect(result.model("Registration")?.properties.map(\.isOptional) == [false, false])
        #expect(result.model("Extended")?.properties.map(\.name) == ["id", "tenantId", "region"])
        #expect(result.model("OnlyRequired")?.isStruct != true)
        #expect(result.warnings == [
            "t.yaml:9:7: warning: 'Registration' requires 'tenantId', which it does not declare as a property; it is kept as any JSON value (JSONValue)",
            "t.yaml:9:7: warning: 'Extended' requires 'tenantId', which it does not declare as a property; it is kept as any JSON value (JSONValue)",
            "t.yaml:16:11: warning: 'Extended' requires 'region', which it does not declare as a property; it is kept as any JSON value (JSONValue)",
        ])
    }

    /// A value that is the fallback's own name is reachable only through its raw value.
    @Test func anEnumValueNamedLikeTheFallbackCannotBeACase() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                State: {type: string, enum: [known, undocumented]}
            """))
        #expect(result.model("State")?.cases.map(\.name) == ["known"])
        #expect(result.warnings == [
            "t.yaml:8:41: warning: enum values of 'State' collide as Swift case 'undocumented'; 'undocumented' is reachable only through its raw value",
        ])
    }

    /// An inline object property named like a component schema must not declare a nested type that
    /// hides the component: `Pet.Category` would make `mainCategory: Category?` mean the nested
    /// type. The nested type gets `Value` appended instead.
    @Test func nestedTypeDoesNotShadowAComponent() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Category:
                  type: object
                  properties:
                    id: {type: integer}
                Pet:
                  type: object
                  properties:
                    category:
                      type: object
                      properties:
                        label: {type: string}
                    mainCategory: {$ref: '#/components/schemas/Category'}
            """))
        let pet = result.model("Pet")
        #expect(pet?.nested.map(\.name) == ["CategoryValue"])
        #expect(pet?.properties.map(\.type) == ["CategoryValue?", "Category?"])
        #expect(result.errors.isEmpty)
    }

    /// An `allOf` of objects and one union of objects (Fireblocks' `Fee` and
    /// `PaymentInstructions_oneOf`) is a struct of the objects' properties and a `variant` holding
    /// the union: a nested enum for an inline union, the component for a referenced one. A
    /// discriminator the objects declare too is left to the union; a spec property named `variant`
    /// keeps its name. Two unions, a variant that is not an object, or nothing left but the
    /// discriminator stay `JSONValue`, with the warning.
    @Test func anAllOfOfObjectsAndOneUnionIsAStructHoldingTheUnion() throws {
        let result = try translate(spec("""
            paths: {}
            components:
              schemas:
                Base:
                  type: object
                  required: [kind, id]
                  properties:
                    kind: {type: string}
                    id: {type: string}
                A: {type: object, required: [kind], properties: {kind: {type: string}, a: {type: string}}}
                B: {type: object, properties: {b: {type: integer}}}
                AOrB:
                  oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
                Fee:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - discriminator: {propertyName: kind}
                      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
                Tagged:
                  allOf:
                    - $ref: '#/components/schemas/AOrB'
                    - {type: object, required: [a, variant], properties: {variant: {type: string}}}
                TwoUnions:
                  allOf: [{$ref: '#/components/schemas/AOrB'}, {$ref: '#/components/schemas/AOrB'}, {$ref: '#/components/schemas/B'}]
                WithString:
                  allOf:
                    - {$ref: '#/components/schemas/B'}
                    - oneOf: [{$ref: '#/components/schemas/A'}, {type: string}]
                OnlyTag:
                  allOf:
                    - {type: object, properties: {kind: {type: string}}}
                    - discriminator: {propertyName: kind}
                      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
            """))
        let fee = try #require(result.model("Fee"))
        #expect(fee.isStruct)
        #expect(fee.properties.map(\.name) == ["id"])
        #expect(fee.properties.map(\.separator) == [","])
        #expect(fee.variantProperty?.name == "variant")
        #expect(fee.variantProperty?.type == "Variant")
        #expect(fee.nested.map(\.name) == ["Variant"])
        #expect(fee.nested.first?.isUnion == true)
        #expect(fee.nested.first?.discriminatorLiteral == #""kind""#)
        #expect(fee.nested.first?.variants.map(\.writesTag) == [false, true])
        // The union's variants declare `a`: it is theirs, not an undeclared property of the struct.
        let tagged = try #require(result.model("Tagged"))
        #expect(tagged.properties.map(\.name) == ["variant"])
        #expect(tagged.variantProperty?.name == "variantValue")
        #expect(tagged.variantProperty?.type == "AOrB")
        #expect(tagged.nested.isEmpty)
        for name in ["TwoUnions", "WithString", "OnlyTag"] {
            #expect(result.model(name)?.aliasedType == "JSONValue", "\(name)")
        }
        #expect(result.warnings == [
            "t.yaml:28:7: warning: 'TwoUnionsValue' combines parts with allOf that are not all objects; it is decoded as a JSONValue",
            "t.yaml:30:7: warning: 'WithStringValue' combines parts with allOf that are not all objects; it is decoded as a JSONValue",
            "t.yaml:34:7: warning: 'OnlyTagValue' combines parts with allOf that are not all objects; it is decoded as a JSONValue",
        ])
    }
}

/// With 64 schemas or more, models are translated in runs on all cores: the models and the
/// warnings must still come out in spec order, the client's warnings after them.
@Suite struct ParallelTranslationTests {
    @Test func modelsAndWarningsKeepSpecOrder() throws {
        var yaml = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        allOf: [{type: string}, {type: object, properties: {x: {type: string}}}]
        components:
          schemas:

        """
        for index in 0..<150 {
            if index % 10 == 0 {
                yaml += "    Mixed\(index):\n      allOf: [{type: string}, {type: object, properties: {a: {type: string}}}]\n"
            } else {
                yaml += "    Plain\(index):\n      type: object\n      properties: {value: {type: integer}}\n"
            }
        }
        let translation = try translate(yaml)
        #expect(translation.errors.isEmpty)
        #expect(translation.models.map(\.name) == (0..<150).map { $0 % 10 == 0 ? "Mixed\($0)" : "Plain\($0)" })
        let warned = translation.warnings.compactMap { warning in warning.split(separator: "'").dropFirst().first.map(String.init) }
        #expect(warned.count == 16)
        #expect(Array(warned.prefix(15)) == (0..<15).map { "Mixed\($0 * 10)Value" })
        #expect(warned.last?.hasPrefix("GetA") == true)
    }
}

/// A parameter's signature as the built-in operation template spells it.
private func declaration(_ parameter: ParameterContext) -> String {
    parameter.label + (parameter.hasInternalName ? " " + parameter.name : "") + ": " + parameter.type + (parameter.isOptional ? "? = nil" : "")
}

/// A property's initializer parameter as the built-in struct template spells it.
private func initParameter(_ property: PropertyContext) -> String {
    property.name + ": " + property.type + (property.hasDefault ? " = " + property.defaultValue : "")
}

/// Inline enum parameters, request bodies in several content types and multipart file parts.
@Suite struct OperationTypesTranslationTests {
    static let yaml = spec("""
        paths:
          /a/{kind}:
            post:
              operationId: sendThings
              parameters:
                - {name: kind, in: path, required: true, schema: {type: string, enum: [x, y]}}
                - {name: Kind, in: query, schema: {type: array, items: {type: integer, enum: [1, 2]}}}
                - {name: SendThingsParameters, in: query, schema: {type: string, enum: [z]}}
                - {name: flag, in: query, schema: {type: boolean, enum: [true]}}
              requestBody:
                required: true
                content:
                  application/json: {schema: {$ref: '#/components/schemas/Upload'}}
                  multipart/form-data:
                    schema: {$ref: '#/components/schemas/Upload'}
                    encoding:
                      file: {contentType: 'image/png, image/gif'}
                  application/json; charset=utf-8: {schema: {type: object, properties: {a: {type: string}}}}
                  image/png: {schema: {type: string, format: binary}}
              responses:
                '204': {description: ok}
        components:
          schemas:
            SendThingsParameters: {type: string}
            Upload:
              type: object
              properties:
                file: {type: string, format: binary}
                pages: {type: array, items: {type: string, contentMediaType: application/pdf}}
                name: {type: string}
        """)

    @Test func inlineEnumParametersAreNestedInANamespaceOfTheOperation() throws {
        let operation = try #require(try translate(Self.yaml).operation("sendThings"))
        // The namespace steps aside for the component of its name; the nested names for each other.
        #expect(operation.parameterTypesName == "SendThingsParametersValue")
        #expect(operation.parameterTypes.map(\.name) == ["Kind", "KindValue", "SendThingsParameters"])
        #expect(operation.parameterTypes.map(\.rawType) == ["String", "Int", "String"])
        #expect(operation.parameters.map(\.type) == [
            "SendThingsParametersValue.Kind", "[SendThingsParametersValue.KindValue]", "SendThingsParametersValue.SendThingsParameters",
            "Bool", "SendThingsRequestBody",
        ])
        #expect(operation.parameterTypes.first?.doc == ["/// The values of the `kind` parameter."])
    }

    @Test func severalContentTypesAreTheCasesOfAnEnum() throws {
        let operation = try #require(try translate(Self.yaml).operation("sendThings"))
        #expect(operation.hasBodyContents)
        #expect(operation.requestBodyType == "SendThingsRequestBody")
        #expect(operation.bodyContents.map(\.caseName) == ["json", "multipartForm", "applicationJsonCharsetUtf8", "imagePng"])
        #expect(operation.bodyContents.map(\.type) == ["Upload", "Upload", "SendThingsRequestApplicationJsonCharsetUtf8", "Data"])
        #expect(operation.bodyContents.map(\.contentTypeLiteral) == [
            #""application/json""#, #""multipart/form-data""#, #""application/json; charset=utf-8""#, #""image/png""#,
        ])
        #expect(operation.bodyContents.map(\.sendsJSON) == [true, false, true, false])
        #expect(operation.bodyContents.map(\.sendsMultipart) == [false, true, false, false])
        #expect(operation.bodyContents.map(\.sendsBinary) == [false, false, false, true])
        let parts = operation.bodyContents[1].partContentTypes
        #expect(parts.map(\.nameLiteral) == [#""file""#, #""pages""#])
        #expect(parts.map(\.contentTypeLiteral) == [#""image/png""#, #""application/pdf""#])
        #expect(parts.map(\.separator) == [", ", ""])
    }

    @Test func oneContentTypeKeepsItsPlainType() throws {
        let operation = try #require(try translate(spec("""
            paths:
              /a:
                post:
                  operationId: one
                  requestBody:
                    content: {text/plain: {schema: {type: string}}}
                  responses: {'204': {description: ok}}
            """)).operation("one"))
        #expect(!operation.hasBodyContents && operation.requestBodyType.isEmpty && operation.sendsText)
        #expect(operation.parameters.map(\.type) == ["String"])
        #expect(!operation.hasParameterTypes && operation.parameterTypesName.isEmpty)
    }

    @Test func fileProperties() throws {
        let translation = try translate(Self.yaml)
        let upload = try #require(translation.model("Upload"))
        #expect(upload.properties.map(\.valueType) == ["MultipartFile", "[MultipartFile]", "String"])
    }
}
