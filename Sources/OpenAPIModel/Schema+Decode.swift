// Schema decoding for both dialects: 3.0 (`nullable`, boolean `exclusiveMinimum`, `$ref` siblings
// ignored) and 3.1 (type arrays, `const`, numeric exclusive bounds, boolean schemas).

import Diagnostics
import YAML

extension NodeDecoder {
    /// Decodes a schema node; `key` names the field it came from (for error messages).
    func schema(_ node: Node, _ key: String) -> Schema? {
        if let flag = node.bool {
            // Boolean schemas: `true` accepts anything, `false` nothing.
            var schema = Schema(location: node.location)
            if !flag { schema.not = Schema(location: node.location) }
            return schema
        }
        guard node.pairs != nil else {
            typeError(key, expected: isVersion31 ? "a schema (a mapping or a boolean)" : "a schema (a mapping)", found: node)
            return nil
        }
        var schema = Schema(location: node.location)
        if let refNode = node["$ref"] {
            schema.ref = reference(refNode, expected: .schemas) ?? placeholderReference(refNode, expected: .schemas)
            // 3.0: "This object cannot be extended with additional properties and any properties
            // added SHALL be ignored." 3.1 keeps the sibling keywords.
            if !isVersion31 { return schema }
        }
        decodeType(node, into: &schema)
        if bool(node, "nullable") == true { schema.nullable = true }
        schema.format = text(node, "format")
        schema.contentMediaType = text(node, "contentMediaType")
        schema.title = text(node, "title")
        schema.description = description(node)

        // Object keywords.
        schema.properties = orderedMap(node, "properties", skipExtensions: false) { name, value in
            self.schema(value, name)
        }
        if let value = value(node, "required") {
            if let items = value.items {
                schema.required = items.compactMap { stringValue($0, "required") }
            } else {
                typeError("required", expected: "a sequence of property names", found: value)
            }
        }
        if let value = value(node, "additionalProperties") {
            if let flag = value.bool {
                schema.additionalProperties = .allowed(flag)
            } else if let nested = self.schema(value, "additionalProperties") {
                schema.additionalProperties = .schema(nested)
            }
        }
        schema.minProperties = int(node, "minProperties")
        schema.maxProperties = int(node, "maxProperties")

        // Array keywords.
        if let value = value(node, "items") { schema.items = self.schema(value, "items") }
        schema.minItems = int(node, "minItems")
        schema.maxItems = int(node, "maxItems")
        schema.uniqueItems = bool(node, "uniqueItems") ?? false

        // Composition.
        schema.allOf = subschemas(node, "allOf")
        schema.oneOf = subschemas(node, "oneOf")
        schema.anyOf = subschemas(node, "anyOf")
        if let value = value(node, "not") { schema.not = self.schema(value, "not") }
        if let value = mapping(node, "discriminator") { schema.discriminator = discriminator(value) }

        // Values.
        if let value = node["enum"] {
            if let items = value.items {
                schema.enumValues = items
            } else if !value.isNull {
                typeError("enum", expected: "a sequence", found: value)
            }
        }
        if isVersion31, let value = node["const"] { schema.const = value }
        schema.defaultValue = node["default"]
        schema.example = node["example"]
        if let items = node["examples"]?.items { schema.examples = items }

        // String and number constraints.
        schema.minLength = int(node, "minLength")
        schema.maxLength = int(node, "maxLength")
        if let value = value(node, "pattern") {
            schema.pattern = textValue(value, "pattern")
            schema.patternLocation = value.location
        }
        schema.minimum = double(node, "minimum")
        schema.maximum = double(node, "maximum")
        schema.exclusiveMinimum = exclusiveBound(node, "exclusiveMinimum", bound: &schema.minimum)
        schema.exclusiveMaximum = exclusiveBound(node, "exclusiveMaximum", bound: &schema.maximum)
        schema.multipleOf = double(node, "multipleOf")

        schema.readOnly = bool(node, "readOnly") ?? false
        schema.writeOnly = bool(node, "writeOnly") ?? false
        schema.deprecated = bool(node, "deprecated") ?? false
        schema.extensions = extensions(node)
        return schema
    }

    private func subschemas(_ node: Node, _ key: String) -> [Schema] {
        guard let items = sequence(node, key) else { return [] }
        return items.compactMap { schema($0, key) }
    }

    /// `type`: a name, or (3.1) a list of names; `null` is folded into `nullable`.
    private func decodeType(_ node: Node, into schema: inout Schema) {
        guard let value = node["type"] else { return }
        var names: [Node] = []
        if let items = value.items, isVersion31 {
            names = items
        } else if value.scalar != nil {
            names = [value]
        } else {
            typeError("type", expected: isVersion31 ? "a string or a sequence of strings" : "a string", found: value)
            return
        }
        for name in names {
            // `type: null` written plain is the null type, not an absent type.
            let text = name.isNull && name.text == "null" ? "null" : name.string
            guard let text, let type = JSONType(rawValue: text) else {
                if name.string != nil || name.isNull {
                    let written = name.text ?? ""
                    error("unknown type '\(written)'; expected one of string, number, integer, boolean, array, object, null", at: name.location)
                } else {
                    typeError("type", expected: "a string", found: name)
                }
                continue
            }
            if type == .null {
                schema.nullable = true
            } else if !schema.types.contains(type) {
                schema.types.append(type)
            }
        }
    }

    /// 3.1's numeric bound, or 3.0's boolean flag moving `bound` into the exclusive one.
    private func exclusiveBound(_ node: Node, _ key: String, bound: inout Double?) -> Double? {
        guard let value = value(node, key) else { return nil }
        if let flag = value.bool {
            guard flag, let inclusive = bound else { return nil }
            bound = nil
            return inclusive
        }
        if let number = value.double { return number }
        typeError(key, expected: isVersion31 ? "a number" : "a boolean", found: value)
        return nil
    }

    private func discriminator(_ node: Node) -> Discriminator? {
        let propertyName = requiredString(node, "propertyName", in: "discriminator")
        var mapping: [(value: String, target: Reference)] = []
        for entry in entries(node, "mapping") {
            guard let target = stringValue(entry.value, entry.name) else { continue }
            if target.contains("#") || target.contains("/") {
                if let reference = reference(target, at: entry.value.location, expected: .schemas, inMapping: true) {
                    mappingReferences.insert(reference.location)
                    mapping.append((entry.name, reference))
                }
            } else {
                // A bare schema name (the spec allows it): a reference to that schema.
                let reference = Reference(
                    ref: Reference.canonical(.schemas, target), location: entry.value.location,
                    component: .schemas, name: target
                )
                references.append((reference, .schemas))
                mappingReferences.insert(reference.location)
                mapping.append((entry.name, reference))
            }
        }
        guard let propertyName else { return nil }
        return Discriminator(propertyName: propertyName, mapping: mapping, location: node.location)
    }
}
