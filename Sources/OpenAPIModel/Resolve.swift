// Reference resolution for later stages. `Document.decode` has already reported unresolved,
// wrong-kind and cyclic references, so these helpers never throw; should a reference still not
// resolve (a document built by hand), they return a harmless fallback instead of crashing.

import Diagnostics
import YAML

extension Components {
    /// Whether a component of `kind` named `name` exists.
    public func contains(_ kind: ComponentKind, _ name: String) -> Bool {
        switch kind {
        case .schemas: return schemas[name] != nil
        case .responses: return responses[name] != nil
        case .parameters: return parameters[name] != nil
        case .examples: return examples[name] != nil
        case .requestBodies: return requestBodies[name] != nil
        case .headers: return headers[name] != nil
        case .securitySchemes: return securitySchemes[name] != nil
        case .links: return links.contains(name)
        case .callbacks: return callbacks.contains(name)
        case .pathItems: return pathItems[name] != nil
        }
    }

    /// Follows a reference chain in `map`; `nil` if it is broken or loops.
    private func follow<Value>(_ value: Referenceable<Value>, _ kind: ComponentKind, in map: OrderedMap<Referenceable<Value>>) -> Value? {
        var current = value
        var seen = Set<String>()
        while true {
            switch current {
            case .value(let value):
                return value
            case .reference(let reference):
                guard reference.component == kind, seen.insert(reference.name).inserted,
                      let next = map[reference.name] else { return nil }
                current = next
            }
        }
    }

    /// The parameter a value or reference chain stands for, or `nil` if it does not resolve.
    public func lookup(_ parameter: Referenceable<Parameter>) -> Parameter? {
        follow(parameter, .parameters, in: parameters)
    }

    public func lookup(_ response: Referenceable<Response>) -> Response? {
        follow(response, .responses, in: responses)
    }

    public func lookup(_ body: Referenceable<RequestBody>) -> RequestBody? {
        follow(body, .requestBodies, in: requestBodies)
    }

    public func lookup(_ header: Referenceable<Header>) -> Header? {
        follow(header, .headers, in: headers)
    }

    public func lookup(_ example: Referenceable<Example>) -> Example? {
        follow(example, .examples, in: examples)
    }

    public func lookup(_ scheme: Referenceable<SecurityScheme>) -> SecurityScheme? {
        follow(scheme, .securitySchemes, in: securitySchemes)
    }

    /// The parameter a value or (chain of) reference(s) stands for.
    public func resolve(_ parameter: Referenceable<Parameter>) -> Parameter {
        if let resolved = lookup(parameter) { return resolved }
        let reference = Self.reference(parameter)
        return Parameter(
            name: reference?.name ?? "", location: .query, description: nil, required: false, deprecated: false,
            allowEmptyValue: false, style: nil, explode: nil, allowReserved: false, schema: nil, content: OrderedMap(),
            example: nil, extensions: [], sourceLocation: Self.location(reference)
        )
    }

    public func resolve(_ response: Referenceable<Response>) -> Response {
        lookup(response) ?? Response(
            description: nil, headers: OrderedMap(), content: OrderedMap(), links: [],
            location: Self.location(Self.reference(response))
        )
    }

    public func resolve(_ body: Referenceable<RequestBody>) -> RequestBody {
        lookup(body) ?? RequestBody(description: nil, content: OrderedMap(), required: false, location: Self.location(Self.reference(body)))
    }

    public func resolve(_ header: Referenceable<Header>) -> Header {
        lookup(header) ?? Header(description: nil, required: false, deprecated: false, schema: nil, location: Self.location(Self.reference(header)))
    }

    public func resolve(_ example: Referenceable<Example>) -> Example {
        lookup(example) ?? Example(summary: nil, description: nil, value: nil, externalValue: nil, location: Self.location(Self.reference(example)))
    }

    public func resolve(_ scheme: Referenceable<SecurityScheme>) -> SecurityScheme {
        lookup(scheme) ?? SecurityScheme(
            kind: .http, description: nil, name: nil, location: nil, scheme: nil, bearerFormat: nil,
            sourceLocation: Self.location(Self.reference(scheme))
        )
    }

    private static func reference<Value>(_ value: Referenceable<Value>) -> Reference? {
        if case .reference(let reference) = value { return reference }
        return nil
    }

    private static func location(_ reference: Reference?) -> SourceLocation {
        reference?.location ?? SourceLocation(file: "", line: 0, column: 0)
    }

    /// The schema component with this name.
    public func schema(named name: String) -> Schema? {
        schemas[name]
    }

    /// Follows a schema's `$ref` chain (`A` → `B` → inline) to the schema it ends at. `name` is the
    /// name of the last component reached, or `nil` when `schema` is not a reference. (In 3.1 a
    /// `$ref` with sibling keywords is followed too; the siblings stay on the original schema.)
    public func resolveSchema(_ schema: Schema) -> (name: String?, schema: Schema) {
        var name: String?
        var current = schema
        var seen = Set<String>()
        while let reference = current.ref, reference.component == .schemas,
              seen.insert(reference.name).inserted, let target = schemas[reference.name] {
            name = reference.name
            current = target
        }
        return (name, current)
    }

    /// The parameters that apply to an operation: the path item's, with an operation parameter of
    /// the same name and location replacing the path-level one in place, then the operation's
    /// other parameters, in document order.
    public func parameters(for operation: Operation, in item: PathItem) -> [Parameter] {
        var result = item.parameters.map(resolve)
        for parameter in operation.parameters.map(resolve) {
            if let index = result.firstIndex(where: { $0.name == parameter.name && $0.location == parameter.location }) {
                result[index] = parameter
            } else {
                result.append(parameter)
            }
        }
        return result
    }
}

extension Document {
    public func resolve(_ parameter: Referenceable<Parameter>) -> Parameter { components.resolve(parameter) }
    public func resolve(_ response: Referenceable<Response>) -> Response { components.resolve(response) }
    public func resolve(_ body: Referenceable<RequestBody>) -> RequestBody { components.resolve(body) }
    public func resolve(_ header: Referenceable<Header>) -> Header { components.resolve(header) }
    public func resolve(_ example: Referenceable<Example>) -> Example { components.resolve(example) }
    public func resolve(_ scheme: Referenceable<SecurityScheme>) -> SecurityScheme { components.resolve(scheme) }
    public func schema(named name: String) -> Schema? { components.schema(named: name) }
    public func resolveSchema(_ schema: Schema) -> (name: String?, schema: Schema) { components.resolveSchema(schema) }

    public func parameters(for operation: Operation, in item: PathItem) -> [Parameter] {
        components.parameters(for: operation, in: item)
    }

    /// Every operation with its path, in document order.
    public var operations: [(path: PathEntry, operation: Operation)] {
        paths.flatMap { entry in entry.item.operations.map { (entry, $0) } }
    }
}
