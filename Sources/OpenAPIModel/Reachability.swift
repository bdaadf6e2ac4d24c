/// The set of components reached from some starting points, following references transitively:
/// what `Document.filtered(by:)` keeps. Each component is expanded once, so recursive schemas
/// terminate.
struct Reachability {
    private struct Key: Hashable {
        var kind: ComponentKind
        var name: String
    }

    let components: Components
    private var reached = Set<Key>()
    private var pending: [Key] = []

    init(components: Components) {
        self.components = components
    }

    // MARK: Marking

    private mutating func mark(_ kind: ComponentKind, _ name: String) {
        let key = Key(kind: kind, name: name)
        if reached.insert(key).inserted { pending.append(key) }
    }

    private mutating func mark(_ reference: Reference) {
        mark(reference.component, reference.name)
    }

    /// Expands every marked component until nothing new is reached.
    mutating func finish() {
        while let key = pending.popLast() {
            switch key.kind {
            case .schemas: if let value = components.schemas[key.name] { visit(value) }
            case .responses: if let value = components.responses[key.name] { visit(value) }
            case .parameters: if let value = components.parameters[key.name] { visit(value) }
            case .examples: if let value = components.examples[key.name] { visit(value) }
            case .requestBodies: if let value = components.requestBodies[key.name] { visit(value) }
            case .headers: if let value = components.headers[key.name] { visit(value) }
            case .securitySchemes: if let value = components.securitySchemes[key.name] { visit(value) }
            case .links, .callbacks, .pathItems: break
            }
        }
    }

    /// The components reached, each map in its original order.
    func keptComponents() -> Components {
        var kept = Components()
        kept.schemas = keep(components.schemas, .schemas)
        kept.responses = keep(components.responses, .responses)
        kept.parameters = keep(components.parameters, .parameters)
        kept.examples = keep(components.examples, .examples)
        kept.requestBodies = keep(components.requestBodies, .requestBodies)
        kept.headers = keep(components.headers, .headers)
        kept.securitySchemes = keep(components.securitySchemes, .securitySchemes)
        return kept
    }

    private func keep<Value>(_ map: OrderedMap<Value>, _ kind: ComponentKind) -> OrderedMap<Value> {
        var result = OrderedMap<Value>()
        for entry in map where reached.contains(Key(kind: kind, name: entry.name)) {
            result.append(entry.name, entry.value, at: entry.location)
        }
        return result
    }

    // MARK: Visiting

    mutating func visit(_ operation: Operation) {
        operation.parameters.forEach { visit($0) }
        if let body = operation.requestBody { visit(body) }
        for entry in operation.responses { visit(entry.response) }
        for requirement in operation.security ?? [] { visit(requirement) }
    }

    mutating func visit(_ requirement: SecurityRequirement) {
        for scheme in requirement.schemes { mark(.securitySchemes, scheme.name) }
    }

    mutating func visit(_ value: Referenceable<Parameter>) {
        switch value {
        case .reference(let reference): mark(reference)
        case .value(let parameter):
            if let schema = parameter.schema { visit(schema) }
            parameter.content.forEach { visit($0.value) }
        }
    }

    mutating func visit(_ value: Referenceable<RequestBody>) {
        switch value {
        case .reference(let reference): mark(reference)
        case .value(let body): body.content.forEach { visit($0.value) }
        }
    }

    mutating func visit(_ value: Referenceable<Response>) {
        switch value {
        case .reference(let reference): mark(reference)
        case .value(let response):
            response.headers.forEach { visit($0.value) }
            response.content.forEach { visit($0.value) }
        }
    }

    mutating func visit(_ value: Referenceable<Header>) {
        switch value {
        case .reference(let reference): mark(reference)
        case .value(let header): if let schema = header.schema { visit(schema) }
        }
    }

    mutating func visit(_ value: Referenceable<Example>) {
        if case .reference(let reference) = value { mark(reference) }
    }

    mutating func visit(_ value: Referenceable<SecurityScheme>) {
        if case .reference(let reference) = value { mark(reference) }
    }

    mutating func visit(_ mediaType: MediaType) {
        if let schema = mediaType.schema { visit(schema) }
        mediaType.examples.forEach { visit($0.value) }
    }

    /// An inline schema and everything nested in it; named schemas it references are marked (and
    /// expanded later by `finish`).
    mutating func visit(_ schema: Schema) {
        if let reference = schema.ref { mark(reference) }
        schema.properties.forEach { visit($0.value) }
        if case .schema(let additional) = schema.additionalProperties { visit(additional) }
        if let items = schema.items { visit(items) }
        schema.allOf.forEach { visit($0) }
        schema.oneOf.forEach { visit($0) }
        schema.anyOf.forEach { visit($0) }
        if let not = schema.not { visit(not) }
        for entry in schema.discriminator?.mapping ?? [] { mark(entry.target) }
    }
}
