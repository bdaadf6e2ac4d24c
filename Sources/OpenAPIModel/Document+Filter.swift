// Narrowing a document to some of its operations (`--tag`, `--operation`, `--path`): the matching
// operations are kept together with exactly the components they reach, directly or through other
// components, so a client can be generated for one corner of a large API.

import Basics
import Diagnostics

/// Which operations to keep. An operation is kept when it matches any criterion: one of its tags
/// is in `tags`, its operationId is in `operationIds`, or its path template (as written in the
/// spec, e.g. `/pets/{petId}`) is in `paths`. All comparisons are exact. An empty filter keeps
/// everything.
public struct OperationFilter: Sendable, Hashable {
    public var tags: [String]
    public var operationIds: [String]
    public var paths: [String]

    public init(tags: [String] = [], operationIds: [String] = [], paths: [String] = []) {
        self.tags = tags
        self.operationIds = operationIds
        self.paths = paths
    }

    /// `true` when no criterion is given (the filter keeps every operation).
    public var isEmpty: Bool {
        tags.isEmpty && operationIds.isEmpty && paths.isEmpty
    }

    /// Whether the operation at `path` matches any criterion.
    public func matches(_ operation: Operation, path: String) -> Bool {
        if paths.contains(path) { return true }
        if let operationId = operation.operationId, operationIds.contains(operationId) { return true }
        return operation.tags.contains { tags.contains($0) }
    }
}

extension Document {
    /// The document with only the operations `filter` matches and the components they reach.
    ///
    /// Kept: the matching operations (path items left without operations are dropped), the
    /// components reachable from them — parameters, request bodies, responses, headers, examples,
    /// security schemes named by their security requirements or the document's, and schemas through
    /// every place a schema can name another (`$ref`, properties, items, additionalProperties,
    /// allOf/oneOf/anyOf/not, discriminator mappings) — in their original order, and the tags the
    /// kept operations use. Links, callbacks and path items of `components` are dropped (no
    /// operation reaches them). An empty filter returns the document unchanged.
    ///
    /// - Throws: one error per criterion that matches no operation, with a suggestion when a
    ///   similar name exists (`no operation has the tag 'pets'; did you mean 'Pets'?`).
    public func filtered(by filter: OperationFilter) throws(DiagnosticError) -> Document {
        guard !filter.isEmpty else { return self }
        let unmatched = unmatchedCriteria(filter)
        guard unmatched.isEmpty else { throw DiagnosticError(unmatched) }

        var result = self
        result.paths = paths.compactMap { entry in
            var entry = entry
            entry.item.operations = entry.item.operations.filter { filter.matches($0, path: entry.path) }
            return entry.item.operations.isEmpty ? nil : entry
        }

        var reach = Reachability(components: components)
        for requirement in security ?? [] {
            reach.visit(requirement)
        }
        var usedTags = Set<String>()
        for entry in result.paths {
            entry.item.parameters.forEach { reach.visit($0) }
            for operation in entry.item.operations {
                reach.visit(operation)
                usedTags.formUnion(operation.tags)
            }
        }
        reach.finish()

        result.components = reach.keptComponents()
        result.tags = tags.filter { usedTags.contains($0.name) }
        return result
    }

    /// An error for each criterion of `filter` that matches no operation of the document.
    private func unmatchedCriteria(_ filter: OperationFilter) -> [Diagnostic] {
        var allTags: [String] = []
        var allOperationIds: [String] = []
        for (_, operation) in operations {
            allTags += operation.tags
            if let operationId = operation.operationId { allOperationIds.append(operationId) }
        }
        let allPaths = paths.map(\.path)
        let tagSet = Set(allTags)
        let operationIdSet = Set(allOperationIds)
        let pathSet = Set(allPaths)

        var diagnostics: [Diagnostic] = []
        func report(_ message: String, _ name: String, candidates: [String]) {
            var text = message
            if let suggestion = NameSuggestion.closest(to: name, in: candidates) {
                text += "; did you mean '\(suggestion)'?"
            }
            diagnostics.append(.error(text, at: nil))
        }
        for tag in Self.unique(filter.tags) where !tagSet.contains(tag) {
            report("no operation has the tag '\(tag)'", tag, candidates: allTags)
        }
        for operationId in Self.unique(filter.operationIds) where !operationIdSet.contains(operationId) {
            report("no operation has the operationId '\(operationId)'", operationId, candidates: allOperationIds)
        }
        for path in Self.unique(filter.paths) where !pathSet.contains(path) {
            report("no path '\(path)' in the document", path, candidates: allPaths)
        }
        return diagnostics
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

/// The set of components reached from some starting points, following references transitively.
/// Each component is expanded once, so recursive schemas terminate.
private struct Reachability {
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
