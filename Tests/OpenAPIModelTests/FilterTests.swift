import Diagnostics
import OpenAPIModel
import Testing
import YAML

/// `Document.filtered(by:)`: which operations survive and exactly which components come with them.
@Suite struct FilterTests {
    /// Every kind of link a component can be reached through, plus components nothing reaches.
    static let petStore = spec("""
        security:
          - globalKey: []
        tags:
          - name: pets
          - name: store
          - name: unused
        paths:
          /pets:
            parameters:
              - $ref: '#/components/parameters/Trace'
            get:
              tags: [pets]
              operationId: listPets
              parameters:
                - $ref: '#/components/parameters/Limit'
              responses:
                '200':
                  description: ok
                  headers:
                    X-Rate:
                      $ref: '#/components/headers/Rate'
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Pet'}
                      examples:
                        one: {$ref: '#/components/examples/PetList'}
                default:
                  $ref: '#/components/responses/Error'
            post:
              tags: [store]
              operationId: createPet
              security:
                - petAuth: []
              requestBody:
                $ref: '#/components/requestBodies/NewPet'
              responses:
                '201': {description: created}
          /store/{id}:
            get:
              tags: [store]
              operationId: getStore
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {$ref: '#/components/schemas/StoreId'}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Store'}
          /health:
            get:
              operationId: health
              responses:
                '204': {description: fine}
        components:
          schemas:
            Unused: {type: string}
            Pet:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  properties:
                    labels:
                      type: object
                      additionalProperties: {$ref: '#/components/schemas/Label'}
                    kind: {$ref: '#/components/schemas/Kind'}
            Base: {type: object, properties: {id: {type: integer}}}
            Label: {type: string}
            Kind:
              oneOf:
                - $ref: '#/components/schemas/Cat'
              discriminator:
                propertyName: type
                mapping:
                  cat: '#/components/schemas/Cat'
                  dog: Dog
            Cat: {type: object, properties: {type: {type: string}}}
            Dog: {type: object, properties: {type: {type: string}}}
            Error: {type: object, properties: {message: {$ref: '#/components/schemas/Message'}}}
            Message: {type: string}
            RateValue: {type: integer}
            LimitValue: {type: integer}
            TraceValue: {type: string}
            StoreId: {type: string}
            Store:
              type: object
              properties:
                root: {$ref: '#/components/schemas/Node'}
              not: {$ref: '#/components/schemas/Forbidden'}
            Node:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Node'}
                children:
                  type: array
                  items: {$ref: '#/components/schemas/Node'}
            Forbidden: {type: object}
            NewPet: {type: object, anyOf: [{$ref: '#/components/schemas/Label'}]}
            AlsoUnused: {type: array, items: {$ref: '#/components/schemas/Unused'}}
          parameters:
            Unused: {name: u, in: query, schema: {type: string}}
            Trace: {name: X-Trace, in: header, schema: {$ref: '#/components/schemas/TraceValue'}}
            Limit:
              name: limit
              in: query
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/LimitValue'}
          headers:
            Unused: {schema: {type: string}}
            Rate: {schema: {$ref: '#/components/schemas/RateValue'}}
          responses:
            Unused: {description: u}
            Error:
              description: failure
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
          examples:
            Unused: {value: 1}
            PetList: {value: []}
          requestBodies:
            Unused: {content: {application/json: {schema: {type: string}}}}
            NewPet:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/NewPet'}
          securitySchemes:
            petAuth: {type: http, scheme: bearer}
            globalKey: {type: apiKey, name: X-Key, in: header}
            otherAuth: {type: http, scheme: basic}

        """)

    func filtered(tags: [String] = [], operationIds: [String] = [], paths: [String] = []) throws -> Document {
        try document(Self.petStore).filtered(by: OperationFilter(tags: tags, operationIds: operationIds, paths: paths))
    }

    /// The error lines filtering gives (none when it succeeds).
    func filterErrors(tags: [String] = [], operationIds: [String] = [], paths: [String] = []) throws -> [String] {
        let original = try document(Self.petStore)
        do {
            _ = try original.filtered(by: OperationFilter(tags: tags, operationIds: operationIds, paths: paths))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static func operationIds(_ document: Document) -> [String] {
        document.operations.compactMap(\.operation.operationId)
    }

    @Test func anEmptyFilterKeepsEverything() throws {
        let filter = OperationFilter()
        #expect(filter.isEmpty)
        #expect(!OperationFilter(paths: ["/a"]).isEmpty)
        let original = try document(Self.petStore)
        let result = try original.filtered(by: filter)
        #expect(Self.operationIds(result) == ["listPets", "createPet", "getStore", "health"])
        #expect(result.components.schemas.map(\.name) == original.components.schemas.map(\.name))
        #expect(result.components.parameters.count == 3)
        #expect(result.tags.map(\.name) == ["pets", "store", "unused"])
    }

    @Test func aTagKeepsItsOperationsAndExactlyTheComponentsTheyReach() throws {
        let result = try filtered(tags: ["pets"])
        #expect(result.paths.map(\.path) == ["/pets"])
        #expect(Self.operationIds(result) == ["listPets"])
        // Original order; reached through items, allOf, additionalProperties, a property, oneOf,
        // a bare-name discriminator mapping (Dog), a response ref, header and parameter refs, and
        // parameter content.
        #expect(result.components.schemas.map(\.name) == [
            "Pet", "Base", "Label", "Kind", "Cat", "Dog", "Error", "Message", "RateValue", "LimitValue", "TraceValue",
        ])
        #expect(result.components.parameters.map(\.name) == ["Trace", "Limit"])
        #expect(result.components.headers.map(\.name) == ["Rate"])
        #expect(result.components.responses.map(\.name) == ["Error"])
        #expect(result.components.examples.map(\.name) == ["PetList"])
        #expect(result.components.requestBodies.map(\.name) == [])
        // The document's security requirement names globalKey.
        #expect(result.components.securitySchemes.map(\.name) == ["globalKey"])
        #expect(result.tags.map(\.name) == ["pets"])
        // Untouched parts.
        #expect(result.info.title == "T")
        #expect(result.security?.first?.schemes.map(\.name) == ["globalKey"])
        #expect(result.paths[0].item.parameters.count == 1)
    }

    @Test func operationSecurityRequestBodiesAnyOfNotAndRecursion() throws {
        let result = try filtered(tags: ["store"])
        #expect(result.paths.map(\.path) == ["/pets", "/store/{id}"])
        #expect(Self.operationIds(result) == ["createPet", "getStore"])
        #expect(result.paths[0].item.operations.map(\.method) == [.post])
        // The path-level parameter of /pets still applies to the kept post.
        #expect(result.components.parameters.map(\.name) == ["Trace"])
        // Node refers to itself twice; Forbidden only through `not`; Label only through anyOf.
        #expect(result.components.schemas.map(\.name) == ["Label", "TraceValue", "StoreId", "Store", "Node", "Forbidden", "NewPet"])
        #expect(result.components.requestBodies.map(\.name) == ["NewPet"])
        #expect(result.components.responses.map(\.name) == [])
        #expect(result.components.securitySchemes.map(\.name) == ["petAuth", "globalKey"])
        #expect(result.tags.map(\.name) == ["store"])
    }

    @Test func anOperationWithoutReferencesKeepsOnlyTheDocumentsSecuritySchemes() throws {
        let result = try filtered(operationIds: ["health"])
        #expect(Self.operationIds(result) == ["health"])
        #expect(result.components.schemas.isEmpty)
        #expect(result.components.parameters.isEmpty)
        #expect(result.components.securitySchemes.map(\.name) == ["globalKey"])
        #expect(result.tags.isEmpty)
    }

    @Test func criteriaAreUnited() throws {
        let byTagAndId = try filtered(tags: ["pets"], operationIds: ["getStore"])
        #expect(Self.operationIds(byTagAndId) == ["listPets", "getStore"])
        #expect(byTagAndId.tags.map(\.name) == ["pets", "store"])
        #expect(byTagAndId.components.schemas.map(\.name) == [
            "Pet", "Base", "Label", "Kind", "Cat", "Dog", "Error", "Message", "RateValue", "LimitValue", "TraceValue",
            "StoreId", "Store", "Node", "Forbidden",
        ])

        let byPath = try filtered(paths: ["/pets"])
        #expect(Self.operationIds(byPath) == ["listPets", "createPet"])

        let everything = try filtered(tags: ["pets", "store"], operationIds: ["health", "listPets"], paths: ["/pets"])
        #expect(Self.operationIds(everything) == ["listPets", "createPet", "getStore", "health"])
        #expect(everything.components.schemas.map(\.name) == [
            "Pet", "Base", "Label", "Kind", "Cat", "Dog", "Error", "Message", "RateValue", "LimitValue", "TraceValue",
            "StoreId", "Store", "Node", "Forbidden", "NewPet",
        ])
        #expect(everything.components.securitySchemes.map(\.name) == ["petAuth", "globalKey"])
    }

    @Test func aCriterionThatMatchesNothingIsAnErrorWithASuggestion() throws {
        #expect(try filterErrors(tags: ["Pets"]) == ["error: no operation has the tag 'Pets'; did you mean 'pets'?"])
        #expect(try filterErrors(tags: ["unused"]) == ["error: no operation has the tag 'unused'"])
        #expect(try filterErrors(operationIds: ["listPet"]) == ["error: no operation has the operationId 'listPet'; did you mean 'listPets'?"])
        #expect(try filterErrors(operationIds: ["getstores"]) == ["error: no operation has the operationId 'getstores'; did you mean 'getStore'?"])
        #expect(try filterErrors(paths: ["/store/{ID}"]) == ["error: no path '/store/{ID}' in the document; did you mean '/store/{id}'?"])
        #expect(try filterErrors(paths: ["/store"]) == ["error: no path '/store' in the document"])
        #expect(try filterErrors(tags: ["zebras"]) == ["error: no operation has the tag 'zebras'"])
    }

    @Test func everyUnmatchedCriterionIsReportedEvenWhenOthersMatch() throws {
        #expect(try filterErrors(tags: ["pets", "Store", "Store"], operationIds: ["nope"], paths: ["/pets", "/pet"]) == [
            "error: no operation has the tag 'Store'; did you mean 'store'?",
            "error: no operation has the operationId 'nope'",
            "error: no path '/pet' in the document; did you mean '/pets'?",
        ])
        let original = try document(Self.petStore)
        #expect(throws: DiagnosticError.self) { try original.filtered(by: OperationFilter(tags: ["Nope"])) }
        do {
            _ = try original.filtered(by: OperationFilter(tags: ["Nope"]))
        } catch {
            #expect(error.diagnostics.map(\.location) == [nil])
            #expect(error.diagnostics.map(\.severity) == [.error])
        }
    }

    @Test func aFilteredDocumentIsClosed() throws {
        for filter in [
            OperationFilter(tags: ["pets"]), OperationFilter(tags: ["store"]), OperationFilter(operationIds: ["health"]),
        ] {
            let result = try document(Self.petStore).filtered(by: filter)
            #expect(danglingReferences(result) == [], "\(filter)")
        }
    }
}

// MARK: - The Fireblocks spec

@Suite struct FireblocksFilterTests {
    static let specPath = packageRoot + "/../shared/specs/fireblocks/swagger.yaml"

    static func load() throws -> (document: Document, root: Node)? {
        guard let bytes = readBytes(specPath) else {
            print("skipping: ../shared/specs not found")
            return nil
        }
        let outcome = decode(bytes: bytes, file: "swagger.yaml")
        let document = try #require(outcome.document)
        let root = try YAMLParser.parse(bytes, file: "swagger.yaml")
        return (document, root)
    }

    @Test func connectedAccountsTag() throws {
        guard let (full, root) = try Self.load() else { return }
        let tag = "Connected Accounts (Beta)"
        let result = try full.filtered(by: OperationFilter(tags: [tag]))
        let kept = result.operations.map { "\($0.operation.method.rawValue.uppercased()) \($0.path.path) \($0.operation.operationId ?? "-")" }
        print("Fireblocks --tag '\(tag)': \(kept.count) operations")
        for line in kept { print("  \(line)") }
        let schemaNames = result.components.schemas.map(\.name)
        print("  \(schemaNames.count) schemas: \(schemaNames.joined(separator: ", "))")
        print("  parameters: \(result.components.parameters.map(\.name)), responses: \(result.components.responses.map(\.name)), headers: \(result.components.headers.map(\.name)), security schemes: \(result.components.securitySchemes.map(\.name))")

        let expectedOperations = full.operations.filter { $0.operation.tags.contains(tag) }
        #expect(result.operations.count == expectedOperations.count)
        #expect(result.operations.count == 12)
        #expect(result.operations.allSatisfy { $0.operation.tags.contains(tag) })
        // The spec has no top-level `tags` list, so there is none to narrow.
        #expect(full.tags.isEmpty && result.tags.isEmpty)
        #expect(schemaNames.count == 29)
        #expect(result.components.responses.map(\.name) == ["Error"])
        #expect(result.components.headers.map(\.name) == ["X-Request-ID"])
        #expect(schemaNames.contains("ConnectedAccountBalancesResponse"))
        #expect(schemaNames.contains("ConnectedAccountBalances"))
        #expect(schemaNames.contains("ErrorSchema"))
        #expect(!schemaNames.contains("VaultAccount"))

        // Independently, from the YAML text: every `$ref` and discriminator mapping under the kept
        // operations, followed through the components they name.
        let reachable = rawReachableComponents(root: root, operations: result.operations.map { ($0.path.path, $0.operation.method.rawValue) })
        #expect(Set(schemaNames) == reachable["schemas", default: []])
        #expect(Set(result.components.parameters.map(\.name)) == reachable["parameters", default: []])
        #expect(Set(result.components.responses.map(\.name)) == reachable["responses", default: []])
        #expect(Set(result.components.headers.map(\.name)) == reachable["headers", default: []])
        #expect(Set(result.components.requestBodies.map(\.name)) == reachable["requestBodies", default: []])
        #expect(Set(result.components.examples.map(\.name)) == reachable["examples", default: []])
        #expect(danglingReferences(result) == [])
        // Original order.
        let order = full.components.schemas.map(\.name).filter(Set(schemaNames).contains)
        #expect(schemaNames == order)
    }

    @Test func connectedAccountBalancesPath() throws {
        guard let (full, root) = try Self.load() else { return }
        let path = "/connected_accounts/{accountId}/balances"
        let result = try full.filtered(by: OperationFilter(paths: [path]))
        #expect(result.operations.map(\.operation.operationId) == ["getConnectedAccountBalances"])
        let schemaNames = result.components.schemas.map(\.name)
        print("Fireblocks --path '\(path)': schemas \(schemaNames)")
        #expect(schemaNames == ["ErrorSchema", "ConnectedAccountBalances", "ConnectedAccountBalancesResponse"])
        let reachable = rawReachableComponents(root: root, operations: [(path, "get")])
        #expect(Set(schemaNames) == reachable["schemas", default: []])
    }

    @Test func misspelledFireblocksCriteria() throws {
        guard let (full, _) = try Self.load() else { return }
        do {
            _ = try full.filtered(by: OperationFilter(
                tags: ["Connected Accounts (beta)", "Nope"],
                operationIds: ["getConnectedAccountBalance"],
                paths: ["/connected_accounts/{accountID}/balances"]
            ))
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "error: no operation has the tag 'Connected Accounts (beta)'; did you mean 'Connected Accounts (Beta)'?",
                "error: no operation has the tag 'Nope'",
                "error: no operation has the operationId 'getConnectedAccountBalance'; did you mean 'getConnectedAccountBalances'?",
                "error: no path '/connected_accounts/{accountID}/balances' in the document; did you mean '/connected_accounts/{accountId}/balances'?",
            ])
        }
    }
}

// MARK: - Helpers

/// References in the document (operations and kept components) that name a component it does not have.
func danglingReferences(_ document: Document) -> [String] {
    var dangling: [String] = []
    let components = document.components
    func check(_ reference: Reference) {
        if !components.contains(reference.component, reference.name) { dangling.append(reference.ref) }
    }
    func schema(_ value: Schema) {
        if let ref = value.ref { check(ref) }
        value.properties.forEach { schema($0.value) }
        if case .schema(let additional) = value.additionalProperties { schema(additional) }
        if let items = value.items { schema(items) }
        (value.allOf + value.oneOf + value.anyOf).forEach(schema)
        if let not = value.not { schema(not) }
        value.discriminator?.mapping.forEach { check($0.target) }
    }
    func media(_ value: MediaType) {
        if let value = value.schema { schema(value) }
        value.examples.forEach { if case .reference(let r) = $0.value { check(r) } }
    }
    func parameter(_ value: Referenceable<Parameter>) {
        switch value {
        case .reference(let r): check(r)
        case .value(let p):
            if let s = p.schema { schema(s) }
            p.content.forEach { media($0.value) }
        }
    }
    func header(_ value: Referenceable<Header>) {
        switch value {
        case .reference(let r): check(r)
        case .value(let h): if let s = h.schema { schema(s) }
        }
    }
    func response(_ value: Referenceable<Response>) {
        switch value {
        case .reference(let r): check(r)
        case .value(let r):
            r.headers.forEach { header($0.value) }
            r.content.forEach { media($0.value) }
        }
    }
    func body(_ value: Referenceable<RequestBody>) {
        switch value {
        case .reference(let r): check(r)
        case .value(let b): b.content.forEach { media($0.value) }
        }
    }
    for entry in document.paths {
        entry.item.parameters.forEach(parameter)
        for operation in entry.item.operations {
            operation.parameters.forEach(parameter)
            if let b = operation.requestBody { body(b) }
            operation.responses.forEach { response($0.response) }
            for requirement in operation.security ?? [] {
                for scheme in requirement.schemes where components.securitySchemes[scheme.name] == nil {
                    dangling.append("security scheme \(scheme.name)")
                }
            }
        }
    }
    components.schemas.forEach { schema($0.value) }
    components.parameters.forEach { parameter($0.value) }
    components.headers.forEach { header($0.value) }
    components.responses.forEach { response($0.value) }
    components.requestBodies.forEach { body($0.value) }
    return dangling
}

/// Component names by kind reachable from the given operations, found in the YAML tree alone: every
/// `$ref` string and discriminator mapping value anywhere beneath them, followed through the
/// components they name (`#/components/<kind>/<name>`, or a bare name in a mapping).
func rawReachableComponents(root: Node, operations: [(path: String, method: String)]) -> [String: Set<String>] {
    var reached: [String: Set<String>] = [:]
    // Each node with the key it is the value of (the entries of `properties` are names, not keywords).
    var pending: [(node: Node, key: String?)] = []
    for (path, method) in operations {
        guard let item = root["paths"]?[path] else { continue }
        if let operation = item[method] { pending.append((operation, method)) }
        if let parameters = item["parameters"] { pending.append((parameters, "parameters")) }
    }
    func follow(_ target: String, bareKind: String?) {
        let kind: String
        let name: String
        if target.hasPrefix("#/components/") {
            let parts = target.dropFirst("#/components/".count).split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { return }
            kind = String(parts[0])
            name = String(parts[1]).replacing("~1", with: "/").replacing("~0", with: "~")
        } else if let bareKind, !target.contains("/") {
            kind = bareKind
            name = target
        } else {
            return
        }
        guard reached[kind, default: []].insert(name).inserted, let node = root["components"]?[kind]?[name] else { return }
        pending.append((node, name))
    }
    while let (node, parentKey) = pending.popLast() {
        if let pairs = node.pairs {
            for pair in pairs {
                let key = pair.key.text
                if parentKey == "properties" {
                    pending.append((pair.value, nil))
                } else if key == "$ref", let target = pair.value.string {
                    follow(target, bareKind: nil)
                } else if key == "discriminator", let mapping = pair.value["mapping"]?.pairs {
                    for entry in mapping {
                        if let target = entry.value.string { follow(target, bareKind: "schemas") }
                    }
                } else if key == "example" || key == "examples" && pair.value.items != nil {
                    continue  // literal values, not references
                } else {
                    pending.append((pair.value, key))
                }
            }
        } else if let items = node.items {
            pending.append(contentsOf: items.map { ($0, nil) })
        }
    }
    return reached
}
