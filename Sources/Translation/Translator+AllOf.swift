import Diagnostics
import OpenAPIModel

/// The `oneOf`/`anyOf` part of an `allOf` that also has object parts (`allOf: [Base, {oneOf: …}]`).
struct UnionPart {
    /// The part as written: a reference to a union component, or the inline union.
    var schema: Schema
    var shape: UnionShape
}

/// An object schema with its `allOf` parts merged in: every property in order (a later
/// definition of the same name replaces the earlier one in place) and the union of `required`.
struct FlattenedObject {
    private(set) var properties: [OrderedMap<Schema>.Entry] = []
    /// The one union part of the `allOf`, whose value fills the rest of the same JSON object (only
    /// from `unionObject`).
    var union: UnionPart?
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

    /// Takes a property out (the discriminator of the union part, which the union writes).
    mutating func remove(_ name: String) {
        guard let index = position(of: name) else { return }
        properties.remove(at: index)
        required.remove(name)
        if positions != nil {
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
        guard collect(schema, into: &object, listed: &listed, visited: &visited, admitsUnion: false),
              !object.properties.isEmpty else { return nil }
        object.declareRequired(listed)
        separateOneWayRequirements(of: &object)
        object.deprecated = schema.deprecated
        return object
    }

    /// One Swift type serves requests and responses, so a property required in one direction only
    /// (`readOnly` or `writeOnly`) is optional, and remembered as required that way.
    private func separateOneWayRequirements(of object: inout FlattenedObject) {
        guard !object.required.isEmpty else { return }
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

    /// An `allOf` of objects and exactly one union of objects (Fireblocks' `Fee`: a fee's common
    /// properties, then `oneOf: [FixedFee, BpsFee]` by `amountType`): the objects' properties merged,
    /// with `union` set. `nil` for a plain object, for several unions, for a union with a variant
    /// that is not an object (its value could not share the JSON object) and when nothing but the
    /// union's discriminator is left of the objects.
    ///
    /// The union selects and writes its discriminator, so a property of that name the objects
    /// declare is left out when every variant has a discriminator value (else a value and the
    /// selected case could disagree, and the key would be written twice). Names `required` lists
    /// that the variants declare are theirs, not undeclared properties of the object.
    func unionObject(_ schema: Schema) -> FlattenedObject? {
        guard schema.ref == nil, !schema.allOf.isEmpty else { return nil }
        var visited: Set<String> = []
        var object = FlattenedObject()
        var listed: [(name: String, location: SourceLocation)] = []
        guard collect(schema, into: &object, listed: &listed, visited: &visited, admitsUnion: true),
              let union = object.union else { return nil }
        var variantKeys: Set<String> = []
        for variant in union.shape.variants {
            guard let variantObject = flattenedObject(variant) else { return nil }
            variantKeys.formUnion(variantObject.properties.map(\.name))
        }
        if let discriminator = union.shape.discriminator {
            variantKeys.insert(discriminator.propertyName)
            if union.shape.variants.allSatisfy({ $0.ref != nil }) { object.remove(discriminator.propertyName) }
        }
        guard !object.properties.isEmpty else { return nil }
        object.declareRequired(listed.filter { !variantKeys.contains($0.name) })
        separateOneWayRequirements(of: &object)
        object.deprecated = schema.deprecated
        return object
    }

    /// The object behind a struct: a plain object or one with a union part.
    func structObject(_ schema: Schema) -> FlattenedObject? {
        flattenedObject(schema) ?? unionObject(schema)
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
        visited: inout Set<String>, admitsUnion: Bool
    ) -> Bool {
        if admitsUnion, let union = unionPart(schema) {
            guard object.union == nil else { return false }
            object.union = union
            return true
        }
        if let reference = schema.ref {
            guard visited.insert(reference.name).inserted else { return true }
            guard let target = document.schema(named: reference.name) else { return false }
            return collect(target, into: &object, listed: &listed, visited: &visited, admitsUnion: admitsUnion)
        }
        let isObjectLike = schema.types.isEmpty || schema.types == [.object]
        guard isObjectLike, schema.enumValues == nil, schema.items == nil else { return false }
        if let union = unionVariants(schema), !union.variants.isEmpty { return false }
        for part in schema.allOf {
            guard collect(part, into: &object, listed: &listed, visited: &visited, admitsUnion: admitsUnion) else { return false }
        }
        for entry in schema.properties {
            object.merge(entry)
        }
        object.required.formUnion(schema.required)
        listed += schema.required.map { ($0, schema.location) }
        return true
    }

    /// A part that is a union and nothing else (no properties or `allOf` of its own, not
    /// nullable), through references.
    private func unionPart(_ schema: Schema) -> UnionPart? {
        var target = schema
        var visited: Set<String> = []
        while let reference = target.ref {
            guard visited.insert(reference.name).inserted, let next = document.schema(named: reference.name) else { return nil }
            target = next
        }
        guard target.properties.isEmpty, target.allOf.isEmpty, target.enumValues == nil,
              target.types.isEmpty || target.types == [.object],
              let shape = unionVariants(target), !shape.variants.isEmpty, !shape.includesNull else { return nil }
        return UnionPart(schema: schema, shape: shape)
    }
}
