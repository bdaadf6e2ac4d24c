// Whole-document checks that need every component decoded first: references resolve to a
// component of the right kind, reference chains and `allOf` inheritance do not loop nor nest past
// the limit, and path templates match the declared path parameters. A schema that is not defined
// and a declared path parameter the template lacks are flaws (`NodeDecoder.flaw`), not errors.

import Diagnostics
import YAML

struct ReferenceValidator {
    let decoder: NodeDecoder
    let document: Document
    let limits: DocumentLimits

    func validate() {
        checkReferences()
        checkCycles()
        checkReferenceDepth()
        checkPathParameters()
    }

    // MARK: Resolution

    private func checkReferences() {
        let components = document.components
        for (reference, expected) in decoder.references {
            if reference.component != expected {
                decoder.error(
                    "'\(reference.ref)' is \(reference.component.singular) reference, but \(expected.singular) is expected here",
                    at: reference.location
                )
            } else if !components.contains(reference.component, reference.name) {
                let problem = "unresolved reference '\(reference.ref)'"
                guard reference.component == .schemas else {
                    decoder.error(problem, at: reference.location)
                    continue
                }
                // A schema nobody defined can still be decoded as any JSON value; a discriminator
                // value that names it never matches a variant.
                let reading = decoder.mappingReferences.contains(reference.location)
                    ? "the discriminator value is not mapped" : "it is generated as JSONValue"
                decoder.flaw(problem, reading: reading, at: reference.location)
            }
        }
    }

    // MARK: Cycles

    private struct ComponentID: Hashable {
        var kind: ComponentKind
        var name: String
    }

    private typealias Edge = (target: ComponentID, reference: Reference)

    /// Edges that must be followed to generate a component: a `$ref` chain, and for schemas
    /// `allOf` (whose members are flattened into the type). Recursion through properties, items,
    /// `oneOf`… is legal (the generated type is indirect) and contributes no edge.
    private func graph() -> (order: [ComponentID], edges: [ComponentID: [Edge]]) {
        let components = document.components
        var order: [ComponentID] = []
        var edges: [ComponentID: [Edge]] = [:]
        func add(_ id: ComponentID, _ references: [Reference]) {
            order.append(id)
            edges[id] = references.compactMap { reference in
                guard reference.component == id.kind, components.contains(reference.component, reference.name) else { return nil }
                return (ComponentID(kind: reference.component, name: reference.name), reference)
            }
        }
        func referenceOnly<Value>(_ kind: ComponentKind, _ map: OrderedMap<Referenceable<Value>>) {
            for entry in map {
                if case .reference(let reference) = entry.value {
                    add(ComponentID(kind: kind, name: entry.name), [reference])
                }
            }
        }
        for entry in components.schemas {
            add(ComponentID(kind: .schemas, name: entry.name), Self.structuralReferences(entry.value))
        }
        referenceOnly(.responses, components.responses)
        referenceOnly(.parameters, components.parameters)
        referenceOnly(.examples, components.examples)
        referenceOnly(.requestBodies, components.requestBodies)
        referenceOnly(.headers, components.headers)
        referenceOnly(.securitySchemes, components.securitySchemes)
        return (order, edges)
    }

    /// The references a schema's own `$ref` and its members make, at any depth of inline members:
    /// `allOf` only for the cycle check (members that are flattened into the type), `allOf`,
    /// `oneOf` and `anyOf` for the depth check (everything a type is made of).
    static func memberReferences(_ schema: Schema, through members: [any KeyPath<Schema, [Schema]> & Sendable]) -> [Reference] {
        var result: [Reference] = []
        if let ref = schema.ref { result.append(ref) }
        for path in members {
            for member in schema[keyPath: path] {
                result += memberReferences(member, through: members)
            }
        }
        return result
    }

    private static func structuralReferences(_ schema: Schema) -> [Reference] {
        memberReferences(schema, through: allOfMembers)
    }

    // The key paths are made once: written in the call, each is instantiated by the runtime every
    // time (about 14,000 instructions), which cost more than the rest of reference validation.
    static let allOfMembers: [any KeyPath<Schema, [Schema]> & Sendable] = [\.allOf]
    static let compositionMembers: [any KeyPath<Schema, [Schema]> & Sendable] = [\.allOf, \.oneOf, \.anyOf]

    /// Depth-first search (iterative, so long chains cannot overflow the stack); each cycle is
    /// reported once, at the reference that closes it.
    private func checkCycles() {
        let (order, edges) = graph()
        enum State { case active, done }
        var state: [ComponentID: State] = [:]
        for start in order where state[start] == nil {
            var stack: [(id: ComponentID, next: Int)] = [(start, 0)]
            state[start] = .active
            while let top = stack.last {
                let outgoing = edges[top.id] ?? []
                guard top.next < outgoing.count else {
                    state[top.id] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = outgoing[top.next]
                switch state[edge.target] {
                case nil:
                    state[edge.target] = .active
                    stack.append((edge.target, 0))
                case .active:
                    let path = stack.map(\.id)
                    let first = path.firstIndex(of: edge.target) ?? 0
                    let chain = (path[first...] + [edge.target]).map { decoder.displayName($0.kind, $0.name) }
                    decoder.error("reference cycle: \(chain.joined(separator: " → "))", at: edge.reference.location)
                case .done:
                    break
                }
            }
        }
    }

    // MARK: Path parameters

    private func checkPathParameters() {
        let components = document.components
        var reported = Set<SourceLocation>()
        for entry in document.paths {
            let template = Self.templateNames(entry.path)
            for operation in entry.item.operations {
                var declared: [(parameter: Parameter, location: SourceLocation)] = []
                var complete = true
                for written in entry.item.parameters + operation.parameters {
                    guard let parameter = components.lookup(written) else {
                        complete = false
                        continue
                    }
                    let location: SourceLocation
                    switch written {
                    case .reference(let reference): location = reference.location
                    case .value(let value): location = value.sourceLocation
                    }
                    if let index = declared.firstIndex(where: { $0.parameter.name == parameter.name && $0.parameter.location == parameter.location }) {
                        declared[index] = (parameter, location)
                    } else {
                        declared.append((parameter, location))
                    }
                }
                guard complete else { continue }
                let pathNames = Set(declared.filter { $0.parameter.location == .path }.map(\.parameter.name))
                for name in template where !pathNames.contains(name) {
                    decoder.error(
                        "path parameter '\(name)' of '\(entry.path)' is not declared by '\(operation.method.rawValue)'",
                        at: operation.location
                    )
                }
                for item in declared where item.parameter.location == .path && !template.contains(item.parameter.name) {
                    guard reported.insert(item.location).inserted else { continue }
                    decoder.flaw(
                        "path parameter '\(item.parameter.name)' does not appear in the path '\(entry.path)'",
                        reading: "the parameter is left out", at: item.location
                    )
                }
            }
        }
    }

    /// The `{name}` segments of a path template, in order, without duplicates.
    static func templateNames(_ path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" {
                current = ""
            } else if character == "}" {
                if let name = current, !name.isEmpty, !names.contains(name) { names.append(name) }
                current = nil
            } else if var name = current {
                name.append(character)
                current = name
            }
        }
        return names
    }
}
