import Diagnostics
import OpenAPIModel
import Testing
import YAML

@Suite struct PathTests {
    @Test func pathsAndOperationsInDocumentOrder() throws {
        let doc = try document(spec("""
            paths:
              /pets:
                summary: Pets
                description: All pets
                servers: [{url: 'https://pets.example.com'}]
                x-internal: true
                post:
                  operationId: createPet
                  responses: {'201': {description: created}}
                get:
                  operationId: listPets
                  deprecated: true
                  security: [{key: []}]
                  x-speed: fast
                  responses: {'200': {description: ok}}
              /pets/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                delete:
                  responses: {'204': {description: gone}}
            """))
        #expect(doc.paths.map(\.path) == ["/pets", "/pets/{id}"])
        let pets = doc.paths[0].item
        #expect(pets.summary == "Pets")
        #expect(pets.description == "All pets")
        #expect(pets.servers.map(\.url) == ["https://pets.example.com"])
        #expect(pets.operations.map(\.method) == [.post, .get])
        #expect(pets.operations[1].deprecated)
        #expect(pets.operations[1].security == [SecurityRequirement(schemes: [.init(name: "key", scopes: [])])])
        #expect(pets.operations[0].security == nil)
        #expect(pets.operations[1].extensions.map { $0.key.text } == ["x-speed"])
        #expect(doc.paths[1].item.parameters.count == 1)
        #expect(doc.paths[0].location.description == "t.yaml:6:3")
        #expect(pets.operations[0].location.description == "t.yaml:11:5")
    }

    @Test func pathMustStartWithSlash() {
        #expect(errors(spec("paths:\n  pets: {}\n")) == ["t.yaml:6:3: error: path 'pets' must start with '/'"])
    }

    @Test func pathItemReferencesAreNotSupported() {
        #expect(errors(spec("paths:\n  /a:\n    $ref: '#/components/pathItems/A'\n")) == [
            "t.yaml:7:11: error: path item references are not supported",
        ])
    }

    @Test func duplicateOperationIds() {
        #expect(errors(spec("""
            paths:
              /a:
                get:
                  operationId: listPets
                  responses: {default: {description: d}}
              /b:
                get:
                  operationId: listPets
                  responses: {default: {description: d}}
            """)) == ["t.yaml:12:20: error: duplicate operationId 'listPets' (also used at t.yaml:8:20)"])
    }

    @Test func undeclaredPathParameter() {
        #expect(errors(spec("""
            paths:
              /pets/{petId}:
                get:
                  responses: {default: {description: d}}
            """)) == ["t.yaml:7:5: error: path parameter 'petId' of '/pets/{petId}' is not declared by 'get'"])
    }

    @Test func pathParameterNotInTemplate() throws {
        let text = spec("""
            paths:
              /pets:
                get:
                  parameters:
                    - {name: petId, in: path, required: true}
                    - {name: limit, in: query}
                  responses: {default: {description: d}}
            """)
        #expect(errors(text, strict: true) == ["t.yaml:9:11: error: path parameter 'petId' does not appear in the path '/pets'"])
        #expect(warnings(text) == ["t.yaml:9:11: warning: path parameter 'petId' does not appear in the path '/pets'; the parameter is left out"])
        let doc = try #require(decode(text).document)
        let operation = try #require(doc.paths.first?.item.operations.first)
        #expect(doc.parameters(for: operation, in: doc.paths[0].item).map(\.name) == ["limit"])
    }

    @Test func pathParametersThroughReferencesAndPathLevel() throws {
        let doc = try document(spec("""
            paths:
              /a/{a}/b/{b}:
                parameters:
                  - $ref: '#/components/parameters/A'
                  - {name: limit, in: query, description: path-level}
                get:
                  parameters:
                    - {name: b, in: path, required: true}
                    - {name: limit, in: query, description: operation-level}
                    - {name: limit, in: header}
                  responses: {default: {description: d}}
            components:
              parameters:
                A: {$ref: '#/components/parameters/RealA'}
                RealA: {name: a, in: path, required: true}
            """))
        let entry = doc.paths[0]
        let merged = doc.parameters(for: entry.item.operations[0], in: entry.item)
        #expect(merged.map(\.name) == ["a", "limit", "b", "limit"])
        #expect(merged.map(\.location) == [.path, .query, .path, .header])
        #expect(merged[1].description == "operation-level")
    }
}

@Suite struct ParameterTests {
    @Test func fields() throws {
        let doc = try document(spec("""
            components:
              parameters:
                P:
                  name: filter
                  in: query
                  description: d
                  deprecated: true
                  allowEmptyValue: true
                  style: deepObject
                  explode: false
                  allowReserved: true
                  schema: {type: object}
                  example: {a: 1}
                  x-extra: 1
                C:
                  name: c
                  in: cookie
                  content:
                    application/json:
                      schema: {type: integer}
            """))
        let p = doc.resolve(try #require(doc.components.parameters["P"]))
        #expect(p.location == .query)
        #expect(p.style == .deepObject)
        #expect(p.explode == false)
        #expect(p.effectiveExplode == false)
        #expect(p.allowReserved && p.allowEmptyValue && p.deprecated)
        #expect(p.schema?.types == [.object])
        #expect(p.example?.pairs?.count == 1)
        #expect(p.extensions.count == 1)
        let c = doc.resolve(try #require(doc.components.parameters["C"]))
        #expect(c.schema == nil)
        #expect(c.content["application/json"]?.schema?.types == [.integer])
    }

    @Test func errors() {
        #expect(OpenAPIModelTests.errors(spec("""
            components:
              parameters:
                A: {in: query}
                B: {name: b, in: body}
                C: {name: c, in: path}
                D: {name: d, in: path, required: false}
                E: {name: e, in: query, style: fancy}
            """)) == [
            "t.yaml:7:8: error: missing required field 'name' in parameter",
            "t.yaml:8:22: error: invalid parameter location 'body'; expected 'path', 'query', 'header' or 'cookie'",
            "t.yaml:9:8: error: path parameter 'c' must be declared with 'required: true'",
            "t.yaml:10:38: error: path parameter 'd' must be declared with 'required: true'",
            "t.yaml:11:36: error: unknown parameter style 'fancy'",
        ])
    }
}

@Suite struct ResponseTests {
    @Test func statusKeys() throws {
        let doc = try document(spec("""
            paths:
              /a:
                get:
                  responses:
                    200: {description: a}
                    '201': {description: b}
                    2XX: {description: c}
                    4xx: {description: d}
                    default: {description: e}
                    x-note: ignored
            """))
        #expect(doc.operations[0].operation.responses.map(\.status) == [.code(200), .code(201), .range(2), .range(4), .default])
    }

    @Test func invalidStatusKey() {
        #expect(errors(spec("paths:\n  /a:\n    get:\n      responses:\n        20: {description: a}\n        6XX: {description: b}\n")) == [
            "t.yaml:9:9: error: invalid response status '20'; expected a status code such as '200', a range such as '2XX', or 'default'",
            "t.yaml:10:9: error: invalid response status '6XX'; expected a status code such as '200', a range such as '2XX', or 'default'",
        ])
    }

    @Test func headersContentAndLinks() throws {
        let doc = try document(spec("""
            components:
              responses:
                R:
                  description: r
                  headers:
                    content-type: {schema: {type: string}}
                    X-Rate: {schema: {type: integer}, required: true}
                    x-trace: {schema: {type: string}}
                  content:
                    application/json: {schema: {type: object}, example: {}}
                    text/plain:
                      examples:
                        one: {summary: s, value: hi}
                        two: {$ref: '#/components/examples/E'}
                  links:
                    next: {operationId: x}
              examples:
                E: {value: 1}
              requestBodies:
                B:
                  required: true
                  content: {application/json: {schema: {type: string}}}
            """))
        let response = doc.resolve(try #require(doc.components.responses["R"]))
        #expect(response.headers.map(\.name) == ["X-Rate", "x-trace"])
        #expect(doc.resolve(try #require(response.headers["X-Rate"])).required)
        #expect(response.content.map(\.name) == ["application/json", "text/plain"])
        let examples = try #require(response.content["text/plain"]?.examples)
        #expect(examples.map(\.name) == ["one", "two"])
        #expect(doc.resolve(try #require(examples["two"])).value?.int == 1)
        #expect(response.links == ["next"])
        let body = doc.resolve(try #require(doc.components.requestBodies["B"]))
        #expect(body.required)
        #expect(body.content["application/json"]?.schema?.types == [.string])
    }

    @Test func multipartEncodingAndContentMediaType() throws {
        let doc = try document(spec("""
            components:
              requestBodies:
                B:
                  content:
                    multipart/form-data:
                      schema:
                        type: object
                        properties:
                          image: {type: string, contentMediaType: image/png}
                      encoding:
                        image: {contentType: 'image/png, image/jpeg', headers: {X-A: {schema: {type: string}}}}
                        other: {style: form}
            """))
        let body = doc.resolve(try #require(doc.components.requestBodies["B"]))
        let media = try #require(body.content["multipart/form-data"])
        #expect(media.encoding.map(\.name) == ["image", "other"])
        #expect(media.encoding["image"]?.contentType == "image/png, image/jpeg")
        #expect(media.encoding["other"]?.contentType == nil)
        #expect(media.schema?.properties["image"]?.contentMediaType == "image/png")
    }

    @Test func callbacksAreRecordedWithAWarning() throws {
        let outcome = decode(spec("""
            paths:
              /subscribe:
                post:
                  callbacks:
                    onEvent:
                      '{$request.body#/url}': {}
                  responses: {'201': {description: ok}}
            """))
        #expect(outcome.errorLines == [])
        #expect(outcome.document?.operations[0].operation.callbacks == ["onEvent"])
        #expect(outcome.warningLines == ["t.yaml:9:9: warning: callbacks are not generated: 'onEvent'"])
    }
}
