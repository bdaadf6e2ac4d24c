import Diagnostics
import OpenAPIModel

extension Translator {
    /// The Swift type for a schema used in place (a property, an item, a parameter, a body). Inline
    /// objects, enums and unions become nested declarations named from `nameHint`.
    mutating func swiftType(for schema: Schema, nameHint: String, nested: inout [ModelContext]) -> String {
        if let reference = schema.ref {
            return schemaTypeNames[reference.name] ?? "JSONValue"
        }
        if schema.enumValues != nil,
           let model = enumModel(swiftName: nestedName(nameHint, nested), schema: schema, doc: schemaDoc(schema, remark: nil)) {
            nested.append(model)
            return model.name
        }
        if let object = flattenedObject(schema) {
            // `allOf: [$ref]` alone (how 3.0 documents attach a description to a reference) is the
            // referenced type itself.
            if schema.properties.isEmpty, schema.allOf.count == 1, let reference = schema.allOf[0].ref,
               let name = schemaTypeNames[reference.name] {
                return name
            }
            let name = nestedName(nameHint, nested)
            nested.append(structModel(swiftName: name, object: object, doc: schemaDoc(schema, remark: nil)))
            return name
        }
        if let object = unionObject(schema) {
            let name = nestedName(nameHint, nested)
            nested.append(structModel(swiftName: name, object: object, doc: schemaDoc(schema, remark: nil)))
            return name
        }
        if let union = unionVariants(schema), !union.variants.isEmpty {
            if union.variants.count == 1 {
                return swiftType(for: union.variants[0], nameHint: nameHint, nested: &nested)
            }
            if let open = openEnum(union, location: schema),
               let model = enumModel(swiftName: nestedName(nameHint, nested), schema: open, doc: schemaDoc(schema, remark: nil)) {
                nested.append(model)
                return model.name
            }
            if let common = commonScalarType(union.variants) { return common }
            let name = nestedName(nameHint, nested)
            nested.append(unionModel(swiftName: name, schema: schema, union: union, doc: schemaDoc(schema, remark: nil)))
            return name
        }
        if schema.allOf.count == 1, schema.properties.isEmpty {
            return swiftType(for: schema.allOf[0], nameHint: nameHint, nested: &nested)
        }
        if !schema.allOf.isEmpty {
            diagnostics.warning("'\(nameHint)' combines parts with allOf that are not all objects; it is decoded as a JSONValue", at: schema.location)
            return "JSONValue"
        }
        let types = schema.types
        guard types.count == 1, let type = types.first else {
            if types.isEmpty, schema.additionalProperties != nil { return objectType(schema, nameHint: nameHint, nested: &nested) }
            if types.isEmpty, schema.items != nil { return arrayType(schema, nameHint: nameHint, nested: &nested) }
            return "JSONValue"
        }
        switch type {
        case .string:
            switch schema.format {
            case "date-time": return "Date"
            case "byte", "binary": return "Data"
            case "uuid": return "UUID"
            default: return "String"
            }
        case .integer:
            switch schema.format {
            case "int32": return "Int32"
            case "int64": return "Int64"
            default: return "Int"
            }
        case .number:
            return schema.format == "float" ? "Float" : "Double"
        case .boolean:
            return "Bool"
        case .array:
            return arrayType(schema, nameHint: nameHint, nested: &nested)
        case .object:
            return objectType(schema, nameHint: nameHint, nested: &nested)
        case .null:
            return "JSONValue"
        }
    }

    /// When every variant is the same scalar type (`anyOf: [{enum: [a, b]}, {type: string}]`, a
    /// common way to write an open string enum), that type.
    private mutating func commonScalarType(_ variants: [Schema]) -> String? {
        var scratch: [ModelContext] = []
        var result: String?
        for variant in variants {
            let target = document.resolveSchema(variant).schema
            guard target.types.count == 1, let type = target.types.first, [.string, .integer, .number, .boolean].contains(type),
                  target.properties.isEmpty, target.oneOf.isEmpty, target.anyOf.isEmpty, target.allOf.isEmpty else { return nil }
            var plain = target
            plain.enumValues = nil
            let swift = swiftType(for: plain, nameHint: "Scalar", nested: &scratch)
            if let result, result != swift { return nil }
            result = swift
        }
        return result
    }

    private mutating func arrayType(_ schema: Schema, nameHint: String, nested: inout [ModelContext]) -> String {
        guard let items = schema.items else { return "[JSONValue]" }
        var element = swiftType(for: items, nameHint: nameHint + "Item", nested: &nested)
        if isNullable(items), !refersToOptionalAlias(items) { element += "?" }
        return "[\(element)]"
    }

    /// Objects without properties: a dictionary when `additionalProperties` has a schema, a JSON
    /// object otherwise.
    private mutating func objectType(_ schema: Schema, nameHint: String, nested: inout [ModelContext]) -> String {
        if case .schema(let valueSchema) = schema.additionalProperties {
            var value = swiftType(for: valueSchema, nameHint: nameHint + "Value", nested: &nested)
            if isNullable(valueSchema), !refersToOptionalAlias(valueSchema) { value += "?" }
            return "[String: \(value)]"
        }
        return "[String: JSONValue]"
    }
}
