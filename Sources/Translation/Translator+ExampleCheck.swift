#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenAPIModel
import YAML

extension Translator {
    /// Whether an example fits its schema the way the generated types read JSON, or the first
    /// place it does not (`data[0].total: expected an integer, found a string`). Spec examples
    /// often drift from their schemas; those are reported instead of being turned into tests that
    /// can only fail.
    func exampleProblem(_ value: Node, _ schema: Schema, path: String = "", depth: Int = 0) -> String? {
        guard depth < 64 else { return nil }
        let resolved = document.resolveSchema(schema).schema
        if value.isNull {
            return isNullable(schema) ? nil : "\(pathText(path))null where the schema does not allow it"
        }
        if let union = unionVariants(resolved), !union.variants.isEmpty {
            if openEnum(union, location: resolved) != nil { return value.string == nil ? mismatch(path, "a string", value) : nil }
            // With a discriminator, the tag selects the case and the value must decode as it; without
            // one, a value that matches no case becomes `unknown`.
            if let discriminator = union.discriminator, let tag = value[discriminator.propertyName]?.text {
                let target = discriminator.mapping.first(where: { $0.value == tag })?.target.name
                    ?? union.variants.first(where: { $0.ref?.name == tag })?.ref?.name
                if let target, let variant = union.variants.first(where: { $0.ref?.name == target }) {
                    return exampleProblem(value, variant, path: path, depth: depth + 1)
                }
            }
            return nil
        }
        if let object = structObject(resolved), resolved.enumValues == nil {
            guard let pairs = value.pairs else { return mismatch(path, "an object", value) }
            for name in object.required.sorted() where !pairs.contains(where: { $0.key.text == name }) {
                return "\(pathText(path))missing required property '\(name)'"
            }
            for pair in pairs {
                guard let key = pair.key.text, let property = object.properties.first(where: { $0.name == key }) else { continue }
                if pair.value.isNull, !object.required.contains(key) { continue }
                if let problem = exampleProblem(pair.value, property.value, path: join(path, key), depth: depth + 1) { return problem }
            }
            // The union of an `allOf` reads the same object.
            return object.union.flatMap { exampleProblem(value, $0.schema, path: path, depth: depth + 1) }
        }
        if resolved.allOf.count == 1, resolved.properties.isEmpty {
            return exampleProblem(value, resolved.allOf[0], path: path, depth: depth + 1)
        }
        guard resolved.types.count == 1, let type = resolved.types.first else {
            if case .schema(let valueSchema) = resolved.additionalProperties, let pairs = value.pairs {
                return dictionaryProblem(pairs, valueSchema, path: path, depth: depth)
            }
            return nil
        }
        switch type {
        case .string:
            guard let text = value.string else { return mismatch(path, "a string", value) }
            switch resolved.format {
            case "date-time":
                let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
                if (try? fractional.parse(text)) == nil, (try? Date.ISO8601FormatStyle().parse(text)) == nil {
                    return "\(pathText(path))'\(text)' is not an ISO 8601 date-time"
                }
            case "uuid":
                if UUID(uuidString: text) == nil { return "\(pathText(path))'\(text)' is not a UUID" }
            case "byte":
                if Data(base64Encoded: text) == nil { return "\(pathText(path))'\(text)' is not base64" }
            default:
                break
            }
            return nil
        case .integer:
            return value.int == nil ? mismatch(path, "an integer", value) : nil
        case .number:
            return value.double == nil ? mismatch(path, "a number", value) : nil
        case .boolean:
            return value.bool == nil ? mismatch(path, "a boolean", value) : nil
        case .array:
            guard let items = value.items else { return mismatch(path, "an array", value) }
            guard let itemSchema = resolved.items else { return nil }
            for (index, item) in items.enumerated() {
                if item.isNull, isNullable(itemSchema) { continue }
                if let problem = exampleProblem(item, itemSchema, path: path + "[\(index)]", depth: depth + 1) { return problem }
            }
            return nil
        case .object:
            guard let pairs = value.pairs else { return mismatch(path, "an object", value) }
            if case .schema(let valueSchema) = resolved.additionalProperties {
                return dictionaryProblem(pairs, valueSchema, path: path, depth: depth)
            }
            return nil
        case .null:
            return nil
        }
    }

    private func dictionaryProblem(_ pairs: [Pair], _ valueSchema: Schema, path: String, depth: Int) -> String? {
        for pair in pairs {
            if pair.value.isNull, isNullable(valueSchema) { continue }
            if let problem = exampleProblem(pair.value, valueSchema, path: join(path, pair.key.text ?? ""), depth: depth + 1) {
                return problem
            }
        }
        return nil
    }

    private func mismatch(_ path: String, _ expected: String, _ value: Node) -> String {
        "\(pathText(path))expected \(expected), found \(value.kindDescription)"
    }

    private func pathText(_ path: String) -> String {
        path.isEmpty ? "" : path + ": "
    }

    private func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
