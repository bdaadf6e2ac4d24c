import Diagnostics
import OpenAPIModel

/// The variants of a `oneOf`/`anyOf`, with `null` branches taken out.
struct UnionShape {
    var variants: [Schema]
    var includesNull: Bool
    var discriminator: Discriminator?
}

extension Translator {
    /// The branches of a `oneOf`/`anyOf`, or `nil` when the schema has none. Branches that only add
    /// constraints (`required: [a]`, no type or properties) do not make a union: they describe which
    /// properties of the surrounding object must be present.
    func unionVariants(_ schema: Schema) -> UnionShape? {
        let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        guard !branches.isEmpty else { return nil }
        var variants: [Schema] = []
        var includesNull = false
        for branch in branches {
            if isNullOnly(branch) {
                includesNull = true
            } else if !isConstraintOnly(branch) {
                variants.append(branch)
            }
        }
        if variants.isEmpty && !includesNull { return nil }
        return UnionShape(variants: variants, includesNull: includesNull, discriminator: schema.discriminator)
    }

    private func isNullOnly(_ schema: Schema) -> Bool {
        schema.ref == nil && schema.types.isEmpty && schema.nullable && schema.properties.isEmpty
            && schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty && schema.enumValues == nil
    }

    private func isConstraintOnly(_ schema: Schema) -> Bool {
        schema.ref == nil && schema.types.isEmpty && schema.properties.isEmpty && schema.items == nil
            && schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty && schema.enumValues == nil
            && schema.const == nil && schema.additionalProperties == nil && !schema.nullable
    }

    /// An enum with one case per variant, decoded by the discriminator when there is one, else by
    /// trying each variant in order; a value matching none decodes as `unknown`.
    mutating func unionModel(swiftName: String, schema: Schema, union: UnionShape, doc: [String]) -> ModelContext {
        enclosingTypes.append(swiftName)
        defer { enclosingTypes.removeLast() }
        var nested: [ModelContext] = []
        var variants: [VariantContext] = []
        let mapping = discriminatorMapping(union)
        // The case of each variant is named for its schema, or for its type; names that collide
        // are told apart by the naming authority, in an order that does not depend on position.
        var words: [String] = []
        for (index, variant) in union.variants.enumerated() {
            if let reference = variant.ref, schemaTypeNames[reference.name] == swiftName {
                // A union that lists itself adds nothing but a decoder that calls itself forever.
                diagnostics.warning("'\(swiftName)' lists itself as a variant; that variant is left out", at: reference.location)
                continue
            }
            let hint = variant.ref.map { SwiftName.typeName($0.name) } ?? "Variant\(index + 1)"
            let type = swiftType(for: variant, nameHint: hint, nested: &nested)
            words.append(variant.ref?.name ?? caseWord(for: type, index: index))
            let values = variant.ref.map { mapping[$0.name] ?? [] } ?? []
            var context = VariantContext(name: "", type: type, discriminatorValues: values.map(SwiftEscaping.stringLiteral), index: variants.count)
            if let object = flattenedObject(variant) {
                let names = object.properties.map(\.name)
                let constants = object.properties.compactMap { entry in
                    onlyString(entry.value).map { (key: SwiftEscaping.stringLiteral(entry.name), value: SwiftEscaping.stringLiteral($0)) }
                }
                context = VariantContext(
                    name: "", type: type, discriminatorValues: values.map(SwiftEscaping.stringLiteral), index: variants.count, isObject: true,
                    requiredKeys: names.filter { object.required.contains($0) }.map(SwiftEscaping.stringLiteral),
                    knownKeys: names.map(SwiftEscaping.stringLiteral), constants: constants
                )
            }
            if let discriminator = union.discriminator, let tag = values.first,
               flattenedObject(variant)?.properties.contains(where: { $0.name == discriminator.propertyName }) != true {
                context.writesTag = true
                context.tagLiteral = SwiftEscaping.stringLiteral(tag)
            }
            variants.append(context)
        }
        for (index, name) in SwiftName.distinctMemberNames(words, reserved: [SwiftName.fallbackCase]).names.enumerated() {
            variants[index].name = name
        }
        let usesDiscriminator = union.discriminator != nil && variants.contains(where: \.hasDiscriminatorValues)
        let discriminator = usesDiscriminator ? union.discriminator.map { SwiftEscaping.stringLiteral($0.propertyName) } ?? "" : ""
        let how = usesDiscriminator
            ? "The `\(SwiftEscaping.docCodeText(union.discriminator?.propertyName ?? ""))` property selects the case"
            : "Decoding tries each case in order"
        var fullDoc = doc
        let remark = fullDoc.last?.hasPrefix("/// - Remark:") == true ? fullDoc.removeLast() : nil
        while fullDoc.last == "///" { fullDoc.removeLast() }
        if !fullDoc.isEmpty { fullDoc.append("///") }
        fullDoc.append("/// \(how); a value that matches none decodes as `\(SwiftName.fallbackCase)`.")
        if let remark { fullDoc += ["///", remark] }
        return ModelContext(
            name: swiftName, doc: fullDoc, deprecated: schema.deprecated, isUnion: true, variants: variants,
            discriminatorLiteral: discriminator, nested: nested
        )
    }

    /// Discriminator values by schema name: the explicit `mapping`, and each referenced schema's own
    /// name where the mapping does not name it (the spec's implicit mapping).
    private func discriminatorMapping(_ union: UnionShape) -> [String: [String]] {
        guard let discriminator = union.discriminator else { return [:] }
        var values: [String: [String]] = [:]
        for entry in discriminator.mapping {
            values[entry.target.name, default: []].append(entry.value)
        }
        for variant in union.variants {
            if let name = variant.ref?.name, values[name] == nil { values[name] = [name] }
        }
        return values
    }

    private func caseWord(for type: String, index: Int) -> String {
        switch type {
        case "String": return "string"
        case "Int", "Int32", "Int64": return "integer"
        case "Double", "Float": return "number"
        case "Bool": return "boolean"
        case "Date": return "date"
        case "Data": return "data"
        default:
            if type.hasPrefix("[String:") { return "object" }
            if type.hasPrefix("[") { return "array" }
            return "variant \(index + 1)"
        }
    }

    /// The one string a schema allows (a one-value string `enum` or a string `const`), through
    /// references.
    func onlyString(_ schema: Schema) -> String? {
        var schema = schema
        var visited: Set<String> = []
        while let reference = schema.ref, visited.insert(reference.name).inserted, let target = document.schema(named: reference.name) {
            schema = target
        }
        if let value = schema.const { return value.string }
        guard let values = schema.enumValues?.filter({ !$0.isNull }), values.count == 1 else { return nil }
        return values[0].string
    }
}
