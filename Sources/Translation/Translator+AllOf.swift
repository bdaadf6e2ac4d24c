import OpenAPIModel

/// An object schema with its `allOf` parts merged in: every property in order (a later
/// definition of the same name replaces the earlier one in place) and the union of `required`.
struct FlattenedObject {
    private(set) var properties: [OrderedMap<Schema>.Entry] = []
    var required: Set<String> = []
    var deprecated = false
    /// The position of each property in `properties`, so a long `allOf` chain merges in linear time.
    private var positions: [String: Int] = [:]

    /// Adds a property, or replaces the one of the same name in place.
    mutating func merge(_ entry: OrderedMap<Schema>.Entry) {
        if let index = positions[entry.name] {
            properties[index] = entry
        } else {
            positions[entry.name] = properties.count
            properties.append(entry)
        }
    }
}

extension Translator {
    /// The object a schema describes, `allOf` parts included, or `nil` when it is not a plain object
    /// (no properties anywhere, or a part that is not an object).
    func flattenedObject(_ schema: Schema) -> FlattenedObject? {
        var visited: Set<String> = []
        var object = FlattenedObject()
        guard collect(schema, into: &object, visited: &visited), !object.properties.isEmpty else { return nil }
        object.deprecated = schema.deprecated
        return object
    }

    private func collect(_ schema: Schema, into object: inout FlattenedObject, visited: inout Set<String>) -> Bool {
        if let reference = schema.ref {
            guard visited.insert(reference.name).inserted else { return true }
            guard let target = document.schema(named: reference.name) else { return false }
            return collect(target, into: &object, visited: &visited)
        }
        let isObjectLike = schema.types.isEmpty || schema.types == [.object]
        guard isObjectLike, schema.enumValues == nil, schema.items == nil else { return false }
        if let union = unionVariants(schema), !union.variants.isEmpty { return false }
        for part in schema.allOf {
            guard collect(part, into: &object, visited: &visited) else { return false }
        }
        for entry in schema.properties {
            object.merge(entry)
        }
        object.required.formUnion(schema.required)
        return true
    }
}
