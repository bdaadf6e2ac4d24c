import Diagnostics
import OpenAPIModel

/// An object schema with its `allOf` parts merged in: every property in order (a later
/// definition of the same name replaces the earlier one in place) and the union of `required`.
struct FlattenedObject {
    private(set) var properties: [OrderedMap<Schema>.Entry] = []
    /// The properties that must be present both ways: those `required` lists, without the
    /// `readOnly` and `writeOnly` ones (a request leaves out the first, a response the second).
    var required: Set<String> = []
    /// Properties `required` lists that are `readOnly`: required in responses only.
    var requiredInResponses: Set<String> = []
    /// Properties `required` lists that are `writeOnly`: required in requests only.
    var requiredInRequests: Set<String> = []
    var deprecated = false
    /// Names `required` lists that no part declares as a property, each with the schema that
    /// lists it, in the order they were found: they become properties of any JSON value.
    private(set) var undeclaredRequired: [(name: String, location: SourceLocation)] = []
    /// The position of each property in `properties`, once there are more than a few, so a long
    /// `allOf` chain merges in linear time (most objects are small: a scan is cheaper than hashing).
    private var positions: [String: Int]?
    private static let scanLimit = 16

    private func position(of name: String) -> Int? {
        if let positions { return positions[name] }
        return properties.firstIndex { $0.name == name }
    }

    /// Adds a property, or replaces the one of the same name in place.
    mutating func merge(_ entry: OrderedMap<Schema>.Entry) {
        if let index = position(of: entry.name) {
            properties[index] = entry
            return
        }
        properties.append(entry)
        if positions != nil {
            positions?[entry.name] = properties.count - 1
        } else if properties.count > Self.scanLimit {
            positions = Dictionary(properties.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Adds the names `required` lists without a property as properties of any value (`{}`), so
    /// that a response's value for them is kept.
    mutating func declareRequired(_ listed: [(name: String, location: SourceLocation)]) {
        var seen: Set<String> = []
        for (name, location) in listed where position(of: name) == nil && seen.insert(name).inserted {
            undeclaredRequired.append((name, location))
            merge(OrderedMap<Schema>.Entry(name: name, value: Schema(location: location), location: location))
        }
    }
}

extension Translator {
    /// The object a schema describes, `allOf` parts included, or `nil` when it is not a plain object
    /// (no properties anywhere, or a part that is not an object).
    func flattenedObject(_ schema: Schema) -> FlattenedObject? {
        var visited: Set<String> = []
        var object = FlattenedObject()
        var listed: [(name: String, location: SourceLocation)] = []
        guard collect(schema, into: &object, listed: &listed, visited: &visited), !object.properties.isEmpty else { return nil }
        object.declareRequired(listed)
        // One Swift type serves requests and responses, so a property required in one direction
        // only is optional.
        if !object.required.isEmpty {
            for entry in object.properties where object.required.contains(entry.name) {
                if isReadOnly(entry.value) {
                    object.required.remove(entry.name)
                    object.requiredInResponses.insert(entry.name)
                } else if isWriteOnly(entry.value) {
                    object.required.remove(entry.name)
                    object.requiredInRequests.insert(entry.name)
                }
            }
        }
        object.deprecated = schema.deprecated
        return object
    }

    /// `readOnly: true` on the property or, through a `$ref`, on its schema: set by the server and
    /// left out of requests.
    func isReadOnly(_ schema: Schema) -> Bool {
        schema.readOnly || (schema.ref != nil && document.resolveSchema(schema).schema.readOnly)
    }

    /// `writeOnly: true` on the property or, through a `$ref`, on its schema: sent in requests and
    /// left out of responses.
    func isWriteOnly(_ schema: Schema) -> Bool {
        schema.writeOnly || (schema.ref != nil && document.resolveSchema(schema).schema.writeOnly)
    }

    private func collect(
        _ schema: Schema, into object: inout FlattenedObject, listed: inout [(name: String, location: SourceLocation)],
        visited: inout Set<String>
    ) -> Bool {
        if let reference = schema.ref {
            guard visited.insert(reference.name).inserted else { return true }
            guard let target = document.schema(named: reference.name) else { return false }
            return collect(target, into: &object, listed: &listed, visited: &visited)
        }
        let isObjectLike = schema.types.isEmpty || schema.types == [.object]
        guard isObjectLike, schema.enumValues == nil, schema.items == nil else { return false }
        if let union = unionVariants(schema), !union.variants.isEmpty { return false }
        for part in schema.allOf {
            guard collect(part, into: &object, listed: &listed, visited: &visited) else { return false }
        }
        for entry in schema.properties {
            object.merge(entry)
        }
        object.required.formUnion(schema.required)
        listed += schema.required.map { ($0, schema.location) }
        return true
    }
}
