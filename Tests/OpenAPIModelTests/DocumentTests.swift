import Diagnostics
import OpenAPIModel
import Testing
import YAML

@Suite struct SeedSpecTests {
    @Test func decodesTheSeedSpec() throws {
        let bytes = try #require(readBytes(packageRoot + "/spec/swagger.yaml"))
        let outcome = decode(bytes: bytes, file: "swagger.yaml")
        #expect(outcome.errorLines == [])
        #expect(outcome.warningLines == [])
        let document = try #require(outcome.document)
        #expect(document.openapi == "3.0.0")
        #expect(!document.isVersion31)
        #expect(document.info.title == "Fireblocks API")
        #expect(document.info.version == "1.6.2")
        #expect(document.info.contactEmail == "developers@fireblocks.com")
        #expect(document.servers.map(\.url) == ["https://api.fireblocks.io/v1", "https://sandbox-api.fireblocks.io/v1"])
        #expect(document.security == [])
        #expect(document.paths.count == 1)
        #expect(document.paths[0].path == "/connected_accounts/{accountId}/balances")

        let operations = document.operations
        #expect(operations.count == 1)
        let operation = try #require(operations.first?.operation)
        #expect(operation.method == .get)
        #expect(operation.operationId == "getConnectedAccountBalances")
        #expect(operation.tags == ["Connected Accounts (Beta)"])
        #expect(operation.extensions.map { $0.key.text } == ["x-codeSamples"])
        #expect(operation.location.description == "swagger.yaml:26:5")

        let parameters = document.parameters(for: operation, in: document.paths[0].item)
        #expect(parameters.map(\.name) == ["accountId", "pageSize", "pageCursor"])
        #expect(parameters[0].location == .path)
        #expect(parameters[0].required)
        #expect(parameters[0].schema?.types == [.string])
        #expect(parameters[0].schema?.minLength == 1)
        #expect(parameters[1].location == .query)
        #expect(!parameters[1].required)
        #expect(parameters[1].schema?.types == [.integer])
        #expect(parameters[1].schema?.minimum == 1)
        #expect(parameters[1].schema?.maximum == 1000)
        #expect(parameters[2].schema?.types == [.string])

        #expect(operation.responses.map(\.status) == [.code(200), .default])
        let ok = document.resolve(operation.responses[0].response)
        #expect(ok.description == "Account balances response")
        guard case .reference(let headerRef) = ok.headers["X-Request-ID"] else {
            Issue.record("X-Request-ID is not a reference")
            return
        }
        #expect(headerRef.component == .headers)
        #expect(headerRef.name == "X-Request-ID")
        let json = try #require(ok.content["application/json"]?.schema)
        #expect(json.ref?.name == "ConnectedAccountBalancesResponse")
        let resolved = document.resolveSchema(json)
        #expect(resolved.name == "ConnectedAccountBalancesResponse")
        #expect(resolved.schema.required == ["data"])

        guard case .reference(let errorRef) = operation.responses[1].response else {
            Issue.record("default is not a reference")
            return
        }
        #expect(errorRef.ref == "#/components/responses/Error")
        let error = document.resolve(operation.responses[1].response)
        #expect(error.description == "Error Response")
        #expect(error.content["application/json"]?.schema?.ref?.name == "ErrorSchema")

        #expect(document.components.schemas.map(\.name) == ["ConnectedAccountBalancesResponse", "ConnectedAccountBalances", "ErrorSchema"])
        let balances = try #require(document.schema(named: "ConnectedAccountBalances"))
        #expect(balances.properties.map(\.name) == [
            "assetId", "availableAmount", "totalAmount", "lockedAmount", "creditAmount", "balanceType", "balanceName",
        ])
        let header = document.resolve(try #require(document.components.headers["X-Request-ID"]))
        #expect(header.schema?.types == [.string])
    }
}

@Suite struct VersionTests {
    @Test func swagger2IsRejected() {
        #expect(errors("swagger: \"2.0\"\ninfo:\n  title: T\n  version: '1'\npaths: {}\n") == [
            "t.yaml:1:10: error: Swagger 2.0 is not supported; convert the document to OpenAPI 3 (for example with swagger2openapi)",
        ])
    }

    @Test func unknownVersion() {
        #expect(errors("openapi: 4.0.0\ninfo:\n  title: T\n  version: '1'\n") == [
            "t.yaml:1:10: error: unsupported OpenAPI version '4.0.0'; supported versions are 3.0.x and 3.1.x",
        ])
        #expect(errors("openapi: 3.2\n") == [
            "t.yaml:1:10: error: unsupported OpenAPI version '3.2'; supported versions are 3.0.x and 3.1.x",
        ])
    }

    @Test func missingVersion() {
        #expect(errors("info:\n  title: T\n  version: '1'\n") == [
            "t.yaml:1:1: error: missing required field 'openapi' in document",
        ])
    }

    @Test func rootMustBeAMapping() {
        #expect(errors("- a\n") == ["t.yaml:1:1: error: an OpenAPI document must be a mapping, found a sequence"])
    }

    @Test func versions() throws {
        #expect(try document("openapi: 3.0.0\ninfo: {title: T, version: '1'}\n").isVersion31 == false)
        #expect(try document("openapi: '3.1.0'\ninfo: {title: T, version: '1'}\n").isVersion31 == true)
        #expect(try document("openapi: 3.1.1\ninfo: {title: T, version: '1'}\n").openapi == "3.1.1")
    }
}

@Suite struct TopLevelTests {
    @Test func infoVersionMayBeANumber() throws {
        let doc = try document("""
            openapi: 3.0.0
            info:
              title: Pets
              version: 1.0
              summary: s
              contact: {name: N, url: 'https://x', email: a@b.c}
              license: {name: MIT}
              x-logo: logo.png
            """)
        #expect(doc.info.version == "1.0")
        #expect(doc.info.title == "Pets")
        #expect(doc.info.contactName == "N")
        #expect(doc.info.licenseName == "MIT")
        #expect(doc.info.extensions.map { $0.key.text } == ["x-logo"])
    }

    @Test func infoRequiredFields() {
        #expect(errors("openapi: 3.0.0\ninfo:\n  description: d\n", strict: true) == [
            "t.yaml:3:3: error: missing required field 'title' in info",
            "t.yaml:3:3: error: missing required field 'version' in info",
        ])
        // Without strict, a missing version is a warning and the version is empty.
        #expect(errors("openapi: 3.0.0\ninfo:\n  description: d\n") == ["t.yaml:3:3: error: missing required field 'title' in info"])
        #expect(errors("openapi: 3.0.0\n") == ["t.yaml:1:1: error: missing required field 'info' in document"])
    }

    @Test func serversAndVariables() throws {
        let doc = try document(spec("""
            servers:
              - url: https://{region}.example.com:{port}/v1
                description: main
                variables:
                  region:
                    default: eu
                    enum: [eu, us]
                  port:
                    default: 443
            """))
        #expect(doc.servers.count == 1)
        #expect(doc.servers[0].description == "main")
        #expect(doc.servers[0].variables.map(\.name) == ["region", "port"])
        #expect(doc.servers[0].variables[0].enumValues == ["eu", "us"])
        #expect(doc.servers[0].variables[1].defaultValue == "443")
        #expect(errors(spec("servers:\n  - url: /\n    variables:\n      v:\n        enum: [a]\n")) == [
            "t.yaml:9:9: error: missing required field 'default' in server variable",
        ])
        #expect(errors(spec("servers:\n  - description: d\n")) == [
            "t.yaml:6:5: error: missing required field 'url' in server",
        ])
    }

    @Test func security() throws {
        #expect(try document(spec("")).security == nil)
        #expect(try document(spec("security: []\n")).security == [])
        let doc = try document(spec("""
            security:
              - {}
              - api_key: []
                oauth: [read, write]
            components:
              securitySchemes:
                api_key: {type: apiKey, name: X-Key, in: header}
                oauth: {type: oauth2, flows: {}}
                basic: {type: http, scheme: basic}
            """))
        #expect(doc.security == [
            SecurityRequirement(schemes: []),
            SecurityRequirement(schemes: [.init(name: "api_key", scopes: []), .init(name: "oauth", scopes: ["read", "write"])]),
        ])
        let apiKey = doc.resolve(try #require(doc.components.securitySchemes["api_key"]))
        #expect(apiKey.kind == .apiKey)
        #expect(apiKey.name == "X-Key")
        #expect(apiKey.location == .header)
        #expect(doc.resolve(try #require(doc.components.securitySchemes["basic"])).scheme == "basic")
        #expect(errors(spec("components:\n  securitySchemes:\n    k: {type: apiKey, name: n}\n")) == [
            "t.yaml:7:8: error: missing required field 'in' in security scheme",
        ])
    }

    @Test func tagsAndExtensions() throws {
        let doc = try document(spec("""
            tags:
              - name: pets
                description: Pets
              - name: store
            x-root: 1
            """))
        #expect(doc.tags.map(\.name) == ["pets", "store"])
        #expect(doc.tags[0].description == "Pets")
        #expect(doc.extensions.map { $0.key.text } == ["x-root"])
    }

    @Test func webhooksAreRecordedWithAWarning() throws {
        let outcome = decode(spec(version: "3.1.0", """
            webhooks:
              newPet:
                post:
                  responses: {'200': {description: ok}}
              oldPet: {}
            """))
        #expect(outcome.errorLines == [])
        #expect(outcome.document?.webhooks == ["newPet", "oldPet"])
        #expect(outcome.warningLines == ["t.yaml:6:3: warning: webhooks are not generated: 'newPet', 'oldPet'"])
    }

    @Test func unknownKeysAreIgnored() throws {
        let doc = try document(spec("""
            jsonSchemaDialect: whatever
            paths:
              /a:
                get:
                  frobnicate: true
                  responses: {default: {description: d, bogus: 1}}
            """))
        #expect(doc.operations.count == 1)
    }

    @Test func wrongTypesAreLocatedAndAllReportedInDocumentOrder() {
        #expect(errors(spec("""
            paths:
              /a:
                get:
                  deprecated: "yes"
                  tags: tag
                  parameters:
                    - name: q
                      in: query
                      required: 1
            components:
              schemas:
                S: {type: object, minLength: long}
            servers: https://x
            """)) == [
            "t.yaml:8:19: error: 'deprecated' must be a boolean, found a string",
            "t.yaml:9:13: error: 'tags' must be a sequence, found a string",
            "t.yaml:13:21: error: 'required' must be a boolean, found a number",
            "t.yaml:16:34: error: 'minLength' must be an integer, found a string",
            "t.yaml:17:10: error: 'servers' must be a sequence, found a string",
        ])
    }
}
