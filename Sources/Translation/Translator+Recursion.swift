import Basics
import OpenAPIModel

/// A stored property of a component struct, by the struct's Swift name and the property's JSON name.
struct IndirectKey: Hashable {
    var owner: String
    var property: String
}

extension Translator {
    /// Finds the properties that must be stored out of line. A struct cannot contain itself by
    /// value (`Node { next: Node? }` has infinite size), so a property whose type leads back to its
    /// own struct through other structs' by-value properties is marked `@Indirect`. Arrays and
    /// dictionaries already store their elements out of line, and unions are `indirect` enums, so
    /// cycles through them need nothing.
    mutating func findIndirectProperties() {
        // By-value edges between component structs, with the property that makes each.
        var edges: [String: [(property: String, target: String)]] = [:]
        let translator = self
        let entries = document.components.schemas.entries
        let edgeLists = entries.parallelMap { entry -> [(property: String, target: String)] in
            guard entry.value.ref == nil, entry.value.enumValues == nil, let object = translator.structObject(entry.value) else { return [] }
            var list: [(property: String, target: String)] = []
            for property in object.properties {
                var targets: Set<String> = []
                var visiting: Set<String> = []
                translator.byValueTargets(property.value, into: &targets, visiting: &visiting)
                for target in targets.sorted() {
                    list.append((property.name, target))
                }
            }
            return list
        }
        for (entry, list) in zip(entries, edgeLists) where !list.isEmpty {
            edges[entry.name, default: []] += list
        }
        // A by-value edge closes a cycle when its target leads back to its owner: when both are in
        // the same strongly connected component of the by-value graph.
        let nodes = entries.map(\.name)
        let position = Dictionary(nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let component = stronglyConnectedComponents(nodes.map { name in
            edges[name, default: []].compactMap { position[$0.target] }
        })
        for (owner, ownerEdges) in edges {
            guard let swiftName = schemaTypeNames[owner], let ownerPosition = position[owner] else { continue }
            for edge in ownerEdges {
                guard let target = position[edge.target], edge.target == owner || component[target] == component[ownerPosition] else { continue }
                indirectProperties.insert(IndirectKey(owner: swiftName, property: edge.property))
            }
        }
    }

    /// Whether a property of this schema would hold a struct inline (a component struct, through
    /// aliases and single-part `allOf`s, or an inline object). Such properties are stored `@Indirect`
    /// too: a struct that holds other structs inline has value witnesses (copy, assign, destroy)
    /// that spell out every field of every nested struct, which makes generated code for large
    /// specs slow to compile; one reference per nested struct keeps each of them small.
    func storesStructByValue(_ schema: Schema) -> Bool {
        var visiting: Set<String> = []
        return storesStructByValue(schema, visiting: &visiting)
    }

    private func storesStructByValue(_ schema: Schema, visiting: inout Set<String>) -> Bool {
        if let reference = schema.ref {
            // A type of the user's (`types`) is whatever they made it.
            guard options.types[reference.name] == nil else { return false }
            guard visiting.insert(reference.name).inserted, let target = document.schema(named: reference.name) else { return false }
            return storesStructByValue(target, visiting: &visiting)
        }
        if schema.properties.isEmpty, schema.allOf.count == 1 {
            return storesStructByValue(schema.allOf[0], visiting: &visiting)
        }
        if let union = unionVariants(schema), union.variants.count == 1 {
            return storesStructByValue(union.variants[0], visiting: &visiting)
        }
        return schema.enumValues == nil && structObject(schema) != nil
    }

    /// Component structs a schema stores by value: through references (followed through aliases
    /// and single-part `allOf`s) and inline objects, not through arrays, dictionaries or unions.
    private func byValueTargets(_ schema: Schema, into targets: inout Set<String>, visiting: inout Set<String>) {
        if let reference = schema.ref {
            guard options.types[reference.name] == nil, let target = document.schema(named: reference.name) else { return }
            if target.ref == nil, target.enumValues == nil, structObject(target) != nil {
                targets.insert(reference.name)
            } else if visiting.insert(reference.name).inserted {
                byValueTargets(target, into: &targets, visiting: &visiting)
            }
            return
        }
        if schema.properties.isEmpty, schema.allOf.count == 1 {
            byValueTargets(schema.allOf[0], into: &targets, visiting: &visiting)
            return
        }
        if let union = unionVariants(schema), union.variants.count == 1 {
            byValueTargets(union.variants[0], into: &targets, visiting: &visiting)
            return
        }
        if schema.enumValues == nil, let object = structObject(schema) {
            for property in object.properties {
                byValueTargets(property.value, into: &targets, visiting: &visiting)
            }
        }
    }
}
