import Diagnostics
import OpenAPIModel
import YAML

extension Translator {
    /// The model for a component schema: a struct for objects, an open enum for enumerations,
    /// a type alias for anything else (arrays, primitives, references).
    mutating func componentModel(name: String, schema: Schema) -> ModelContext {
        let swiftName = schemaTypeNames[name] ?? SwiftName.typeName(name)
        let remark = "#/components/schemas/" + name
        return namedModel(swiftName: swiftName, schema: schema, remark: remark)
    }

    /// A named declaration for a schema (a component or an inline schema that needs its own type).
    mutating func namedModel(swiftName: String, schema: Schema, remark: String?) -> ModelContext {
        let doc = schemaDoc(schema, remark: remark)
        if schema.ref == nil, let enumModel = enumModel(swiftName: swiftName, schema: schema, doc: doc) {
            return enumModel
        }
        if schema.ref == nil, isObjectWithProperties(schema) {
            return structModel(swiftName: swiftName, schema: schema, doc: doc)
        }
        var nested: [ModelContext] = []
        let type = swiftType(for: schema, nameHint: swiftName + "Value", nested: &nested)
        // An alias cannot hold nested types: the template declares them beside it.
        return ModelContext(
            name: swiftName, doc: doc, deprecated: schema.deprecated, isTypealias: true, nested: nested, aliasedType: type
        )
    }

    func isObjectWithProperties(_ schema: Schema) -> Bool {
        (schema.types.isEmpty || schema.types == [.object]) && !schema.properties.isEmpty
            && schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty
    }

    mutating func structModel(swiftName: String, schema: Schema, doc: [String]) -> ModelContext {
        enclosingTypes.append(swiftName)
        defer { enclosingTypes.removeLast() }
        var properties: [PropertyContext] = []
        var nested: [ModelContext] = []
        var seen: [String: String] = [:]
        for (index, entry) in schema.properties.enumerated() {
            let propertyName = SwiftName.memberName(entry.name)
            if let other = seen[propertyName] {
                diagnostics.error(
                    "properties '\(other)' and '\(entry.name)' of '\(swiftName)' would both be named '\(propertyName)' in Swift",
                    at: entry.location
                )
                continue
            }
            seen[propertyName] = entry.name
            let property = entry.value
            var type = swiftType(for: property, nameHint: SwiftName.typeName(entry.name), nested: &nested)
            let isRequired = schema.required.contains(entry.name)
            let optional = !isRequired || isNullable(property)
            if optional { type += "?" }
            let isLast = index == schema.properties.count - 1
            properties.append(
                PropertyContext(
                    name: propertyName,
                    jsonKey: SwiftEscaping.stringLiteral(entry.name),
                    type: type,
                    doc: schemaDoc(property, remark: nil),
                    deprecated: property.deprecated,
                    initParameter: "\(propertyName): \(type)" + (optional ? " = nil" : ""),
                    separator: isLast ? "" : ","
                )
            )
        }
        if let last = properties.indices.last { properties[last].separator = "" }
        let needsCodingKeys = zip(properties, schema.properties).contains { property, entry in
            property.name.replacingOccurrences(of: "`", with: "") != entry.name
        }
        return ModelContext(
            name: swiftName, doc: doc, deprecated: schema.deprecated, isStruct: true,
            properties: properties, needsCodingKeys: needsCodingKeys, nested: nested
        )
    }

    /// An open enum for a string or integer `enum`: known values become cases, any other value
    /// decodes into `unknown` and encodes back unchanged.
    mutating func enumModel(swiftName: String, schema: Schema, doc: [String]) -> ModelContext? {
        guard let values = schema.enumValues, !values.isEmpty else { return nil }
        let isInteger = schema.types == [.integer]
        guard isInteger || schema.types.isEmpty || schema.types == [.string] else { return nil }
        var cases: [EnumCaseContext] = []
        var seenNames: Set<String> = ["unknown"]
        var seenValues: Set<String> = []
        for value in values where !value.isNull {
            guard let text = value.text, seenValues.insert(text).inserted else { continue }
            if isInteger {
                guard let number = value.int else {
                    diagnostics.warning("enum value '\(text)' of '\(swiftName)' is not an integer; it is left out", at: value.location)
                    continue
                }
                let caseName = SwiftName.unescapedMemberName("value " + String(number).replacingOccurrences(of: "-", with: "minus "))
                if seenNames.insert(caseName).inserted {
                    cases.append(EnumCaseContext(name: caseName, literal: String(number), doc: []))
                }
                continue
            }
            var caseName = SwiftName.unescapedMemberName(text)
            if text.isEmpty || caseName == "_unnamed" { caseName = "empty" }
            if !seenNames.insert(caseName).inserted {
                diagnostics.warning(
                    "enum values of '\(swiftName)' collide as Swift case '\(caseName)'; '\(text)' is reachable only through its raw value",
                    at: value.location
                )
                continue
            }
            let escaped = SwiftName.keywords.contains(caseName) ? "`\(caseName)`" : caseName
            cases.append(EnumCaseContext(name: escaped, literal: SwiftEscaping.stringLiteral(text), doc: []))
        }
        return ModelContext(
            name: swiftName, doc: doc, deprecated: schema.deprecated, isEnum: true,
            rawType: isInteger ? "Int" : "String", cases: cases
        )
    }

    /// A nested type's name: the hint, with `Value` appended while it would hide a component's type
    /// or an enclosing type (inside `Pet`, a nested `Category` would shadow the component
    /// `Category` for every other property), or repeat a sibling's name.
    func nestedName(_ hint: String, _ siblings: [ModelContext]) -> String {
        var name = hint
        while componentTypeNames.contains(name) || enclosingTypes.contains(name) || siblings.contains(where: { $0.name == name }) {
            name += "Value"
        }
        return name
    }

    func isNullable(_ schema: Schema) -> Bool {
        if schema.nullable { return true }
        if schema.ref != nil { return document.resolveSchema(schema).schema.nullable }
        return false
    }

    /// The Swift type for a schema used in place (a property, an item, a parameter). Inline objects
    /// and enums become nested declarations named from `nameHint`.
    mutating func swiftType(for schema: Schema, nameHint: String, nested: inout [ModelContext]) -> String {
        if let reference = schema.ref {
            return schemaTypeNames[reference.name] ?? "JSONValue"
        }
        if schema.enumValues != nil, let model = enumModel(swiftName: nestedName(nameHint, nested), schema: schema, doc: schemaDoc(schema, remark: nil)) {
            nested.append(model)
            return model.name
        }
        if isObjectWithProperties(schema) {
            let name = nestedName(nameHint, nested)
            nested.append(structModel(swiftName: name, schema: schema, doc: schemaDoc(schema, remark: nil)))
            return name
        }
        if schema.allOf.count == 1, schema.oneOf.isEmpty, schema.anyOf.isEmpty, schema.properties.isEmpty {
            // `allOf: [$ref]` is how 3.0 documents attach a description to a reference.
            return swiftType(for: schema.allOf[0], nameHint: nameHint, nested: &nested)
        }
        if !schema.allOf.isEmpty || !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            diagnostics.warning("allOf/oneOf/anyOf are not generated yet; '\(nameHint)' is decoded as a JSONValue", at: schema.location)
            return "JSONValue"
        }
        let types = schema.types
        guard types.count == 1, let type = types.first else {
            if !schema.properties.isEmpty || schema.additionalProperties != nil {
                return objectType(schema, nameHint: nameHint, nested: &nested)
            }
            if schema.items != nil { return arrayType(schema, nameHint: nameHint, nested: &nested) }
            return "JSONValue"
        }
        switch type {
        case .string:
            switch schema.format {
            case "date-time": return "Date"
            case "byte", "binary": return "Data"
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

    private mutating func arrayType(_ schema: Schema, nameHint: String, nested: inout [ModelContext]) -> String {
        guard let items = schema.items else { return "[JSONValue]" }
        var element = swiftType(for: items, nameHint: nameHint + "Item", nested: &nested)
        if isNullable(items) { element += "?" }
        return "[\(element)]"
    }

    /// Objects without properties: a dictionary when `additionalProperties` has a schema, a JSON
    /// object otherwise.
    private mutating func objectType(_ schema: Schema, nameHint: String, nested: inout [ModelContext]) -> String {
        if case .schema(let valueSchema) = schema.additionalProperties {
            var value = swiftType(for: valueSchema, nameHint: nameHint + "Value", nested: &nested)
            if isNullable(valueSchema) { value += "?" }
            return "[String: \(value)]"
        }
        return "[String: JSONValue]"
    }
}
