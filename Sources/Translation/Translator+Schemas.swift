import Basics
import Diagnostics
import OpenAPIModel
import YAML

extension Translator {
    /// The model for a component schema: a struct for objects (with `allOf` parts flattened in), an
    /// open enum for enumerations, a union enum for `oneOf`/`anyOf`, a type alias for anything else.
    mutating func componentModel(name: String, schema: Schema) -> ModelContext {
        let swiftName = schemaTypeNames[name] ?? SwiftName.typeName(name)
        currentComponent = name
        multipartFiles = multipartComponents.contains(name)
        defer {
            currentComponent = nil
            multipartFiles = false
        }
        return namedModel(swiftName: swiftName, schema: schema, remark: "#/components/schemas/" + name)
    }

    /// A named declaration for a schema (a component or an inline schema that needs its own type).
    mutating func namedModel(swiftName: String, schema: Schema, remark: String?) -> ModelContext {
        var doc = schemaDoc(schema, remark: remark)
        if schema.deprecated {
            // Not `@available(*, deprecated)`: every generated declaration that mentions the type
            // would then raise a warning.
            doc += (doc.isEmpty ? [] : ["///"]) + ["/// - Note: Deprecated in the spec."]
        }
        if schema.ref == nil, !isReferenceWrapper(schema) {
            if let model = enumModel(swiftName: swiftName, schema: schema, doc: doc) { return model }
            if let object = structObject(schema) {
                return structModel(swiftName: swiftName, object: object, doc: doc)
            }
            if let union = unionVariants(schema), union.variants.count > 1 {
                if let open = openEnum(union, location: schema), let model = enumModel(swiftName: swiftName, schema: open, doc: doc) {
                    return model
                }
                return unionModel(swiftName: swiftName, schema: schema, union: union, doc: doc)
            }
        }
        var nested: [ModelContext] = []
        var type = swiftType(for: schema, nameHint: swiftName + "Value", nested: &nested)
        // `oneOf: [T, null]` or a nullable scalar: the alias is optional, so `null` decodes anywhere
        // the type is used (`[MaybeCount]` holds `nil`s).
        if isOptionalAlias(schema), !type.hasSuffix("?") { type += "?" }
        // An alias cannot hold nested types: the template declares them beside it.
        return ModelContext(
            name: swiftName, doc: doc, deprecated: schema.deprecated, isTypealias: true, nested: nested, aliasedType: type
        )
    }

    mutating func structModel(swiftName: String, object: FlattenedObject, doc: [String]) -> ModelContext {
        enclosingTypes.append(swiftName)
        defer { enclosingTypes.removeLast() }
        var properties: [PropertyContext] = []
        var nested: [ModelContext] = []
        var names = SwiftName.distinctMemberNames(object.properties.map(\.name))
        // `names.properties` overrides, for the properties of a component schema's own struct.
        if enclosingTypes.count == 1, let component = currentComponent {
            for (index, entry) in object.properties.enumerated() {
                guard let override = options.propertyNames[component + "." + entry.name] else { continue }
                names.names[index] = SwiftName.escaped(override)
                names.renamed[index] = nil
            }
        }
        for undeclared in object.undeclaredRequired {
            diagnostics.warning(
                "'\(swiftName)' requires '\(undeclared.name)', which it does not declare as a property; it is kept as any JSON value (JSONValue)",
                at: undeclared.location
            )
        }
        let unescapedNames = Set(names.names.map { $0.replacingAll("`", with: "") })
        // The parts of a multipart body are its top-level properties.
        let fileParts = multipartFiles && enclosingTypes.count == 1
        for (index, entry) in object.properties.enumerated() {
            let propertyName = names.names[index]
            if let plain = names.renamed[index] {
                diagnostics.warning(
                    "properties of '\(swiftName)' share the Swift name '\(plain)'; '\(entry.name)' is named '\(propertyName)'",
                    at: entry.location
                )
            }
            let property = entry.value
            let valueType = fileParts && isFilePart(property)
                ? (document.resolveSchema(property).schema.types == [.array] ? "[MultipartFile]" : "MultipartFile")
                : swiftType(for: property, nameHint: SwiftName.typeName(entry.name), nested: &nested)
            let isOptional = !object.required.contains(entry.name)
            let nullable = !isOptional && isNullable(property)
            let valueTypeIsOptional = refersToOptionalAlias(property)
            let isIndirect = indirectProperties.contains(IndirectKey(owner: swiftName, property: entry.name))
                || storesStructByValue(property)
            let readOnly = isReadOnly(property)
            let requiredInRequests = object.requiredInRequests.contains(entry.name) && !readOnly
            // A read-only value is never sent: it takes no default but `nil`, and needs no check.
            let defaultValue = readOnly ? "nil" : defaultLiteral(property, type: valueType) ?? (isOptional || nullable ? "nil" : "")
            let pattern = readOnly ? nil : stringPatternLiteral(property, valueType: valueType)
            properties.append(
                PropertyContext(
                    name: propertyName,
                    jsonKey: SwiftEscaping.stringLiteral(entry.name),
                    valueType: valueType,
                    isOptional: isOptional,
                    isNullable: nullable,
                    valueTypeIsOptional: valueTypeIsOptional,
                    doc: propertyDoc(
                        property, isReadOnly: readOnly, isRequiredInResponses: object.requiredInResponses.contains(entry.name),
                        isRequiredInRequests: requiredInRequests
                    ),
                    deprecated: property.deprecated,
                    isIndirect: isIndirect,
                    defaultValue: defaultValue,
                    separator: ",",
                    storageName: property.deprecated ? deprecatedStorageName(propertyName, taken: unescapedNames) : nil,
                    isReadOnly: readOnly,
                    isRequiredInRequests: requiredInRequests,
                    patternLiteral: pattern ?? ""
                )
            )
        }
        var variantProperty: VariantPropertyContext?
        if let union = object.union {
            // The spec's properties keep their names; this one, which the spec does not name, yields.
            let name = SwiftName.unusedMemberName("variant", avoiding: unescapedNames)
            let type = swiftType(for: union.schema, nameHint: "Variant", nested: &nested)
            variantProperty = VariantPropertyContext(name: name, type: type, doc: variantPropertyDoc(union))
        }
        if let last = properties.indices.last, variantProperty == nil { properties[last].separator = "" }
        return ModelContext(
            name: swiftName, doc: doc, deprecated: object.deprecated, isStruct: true, properties: properties,
            variantProperty: variantProperty, nested: nested
        )
    }

    /// The doc of the property that holds an `allOf`'s union: what it is and how its case is chosen.
    private func variantPropertyDoc(_ union: UnionPart) -> [String] {
        let target = document.resolveSchema(union.schema).schema
        var doc = schemaDoc(target, remark: nil)
        if !doc.isEmpty { doc.append("///") }
        let keyword = target.oneOf.isEmpty ? "anyOf" : "oneOf"
        let how = union.shape.discriminator.map { "`\(SwiftEscaping.docCodeText($0.propertyName))` selects the case" }
            ?? "the case is the variant the object fits"
        doc.append("/// The `\(keyword)` part, read from and written to the same JSON object as the other properties; \(how).")
        return doc
    }

    /// `allOf: [$ref]` alone, how 3.0 documents give a reference its own description: it names the
    /// referenced type (an alias keeps the two interchangeable).
    func isReferenceWrapper(_ schema: Schema) -> Bool {
        schema.properties.isEmpty && schema.allOf.count == 1 && schema.allOf[0].ref != nil && schema.oneOf.isEmpty && schema.anyOf.isEmpty
    }

    /// Whether the schema is a reference to an optional type alias, which must not get another `?`.
    func refersToOptionalAlias(_ schema: Schema) -> Bool {
        schema.ref != nil && isOptionalAlias(document.resolveSchema(schema).schema)
    }

    /// Whether a component schema becomes an optional type alias (`typealias MaybeCount = Int?`):
    /// nullable, and not an enum, struct or union of several types.
    func isOptionalAlias(_ schema: Schema) -> Bool {
        guard schema.ref == nil, isNullable(schema), schema.enumValues == nil, structObject(schema) == nil,
              !isReferenceWrapper(schema) else { return false }
        if let union = unionVariants(schema), union.variants.count > 1 { return false }
        return true
    }

    /// The internal stored property behind a deprecated one: `_name`, or `_nameStorage` when the
    /// struct already has a property of that name.
    private func deprecatedStorageName(_ name: String, taken: Set<String>) -> String {
        let plain = "_" + name.replacingAll("`", with: "")
        return taken.contains(plain) ? plain + "Storage" : plain
    }

    /// The schema's `default` (else its `const`) as a Swift expression of `type`, for the initializer; `nil` when
    /// there is none or it does not fit the type (then the parameter has no default, or `nil`).
    func defaultLiteral(_ schema: Schema, type: String) -> String? {
        let resolved = document.resolveSchema(schema).schema
        // A `const` is the only value there is: the best default.
        guard let value = schema.defaultValue ?? resolved.defaultValue ?? schema.const ?? resolved.const,
              value.scalar != nil, !value.isNull else { return nil }
        switch type {
        case "String":
            return value.string.map(SwiftEscaping.stringLiteral)
        case "Int", "Int64":
            return value.int.map { String($0) }
        case "Int32":
            return value.int.flatMap { Int32(exactly: $0) }.map { String($0) }
        case "Double", "Float":
            if let integer = value.int { return String(integer) }
            return value.double.flatMap { $0.isFinite ? "\($0)" : nil }
        case "Bool":
            return value.bool.map { $0 ? "true" : "false" }
        default:
            // An open enum (generated, component or nested) takes any raw value.
            guard resolved.enumValues != nil else { return nil }
            if resolved.types == [.integer], let integer = value.int { return "\(type)(rawValue: \(integer))" }
            if resolved.types != [.integer], let text = value.string { return "\(type)(rawValue: \(SwiftEscaping.stringLiteral(text)))" }
            return nil
        }
    }

    /// A property's doc: its schema's doc plus notes for what Swift does not express.
    func propertyDoc(
        _ schema: Schema, isReadOnly: Bool = false, isRequiredInResponses: Bool = false, isRequiredInRequests: Bool = false
    ) -> [String] {
        var doc = schemaDoc(schema, remark: nil)
        var notes: [String] = []
        if isReadOnly {
            notes.append(
                "Read-only: set by the server, never sent (request bodies leave it out)."
                    + (isRequiredInResponses ? " Responses always carry it; it is optional because a value built for a request has none." : "")
            )
        } else if isWriteOnly(schema) {
            notes.append(
                "Write-only: sent in requests, never returned."
                    + (isRequiredInRequests
                        ? " Required in requests (encoding a request body without it throws `RequestValidationError`); optional because responses leave it out."
                        : "")
            )
        }
        if let value = schema.const?.text { notes.append("Always " + SwiftEscaping.docCode(value) + ".") }
        if let value = schema.defaultValue, value.scalar != nil { notes.append("Default: " + SwiftEscaping.docCode(value.text ?? "") + ".") }
        if !notes.isEmpty {
            if !doc.isEmpty { doc.append("///") }
            doc += notes.map { "/// - Note: " + $0 }
        }
        return doc
    }

    /// An open enum for a string or integer `enum`: known values become cases, any other value
    /// decodes into the fallback case and encodes back unchanged.
    mutating func enumModel(swiftName: String, schema: Schema, doc: [String]) -> ModelContext? {
        guard let values = schema.enumValues, !values.isEmpty else { return nil }
        let isInteger = schema.types == [.integer]
        guard isInteger || schema.types.isEmpty || schema.types == [.string] else { return nil }
        if !isInteger, values.contains(where: { !$0.isNull && $0.scalar == nil }) { return nil }
        var cases: [EnumCaseContext] = []
        var seenNames: Set<String> = [SwiftName.fallbackCase]
        var seenValues: Set<String> = []
        for value in values where !value.isNull {
            guard let text = value.text, seenValues.insert(text).inserted else { continue }
            if isInteger {
                guard let number = value.int else {
                    diagnostics.warning("enum value '\(text)' of '\(swiftName)' is not an integer; it is left out", at: value.location)
                    continue
                }
                let caseName = SwiftName.unescapedMemberName("value " + String(number).replacingAll("-", with: "minus "))
                if seenNames.insert(caseName).inserted {
                    cases.append(EnumCaseContext(name: caseName, literal: String(number), doc: []))
                }
                continue
            }
            let caseName = SwiftName.enumCaseName(text)
            if !seenNames.insert(caseName).inserted {
                diagnostics.warning(
                    "enum values of '\(swiftName)' collide as Swift case '\(caseName)'; '\(text)' is reachable only through its raw value",
                    at: value.location
                )
                continue
            }
            cases.append(EnumCaseContext(name: caseName, literal: SwiftEscaping.stringLiteral(text), doc: []))
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
        if schema.ref != nil {
            let target = document.resolveSchema(schema).schema
            return target.ref == nil && isNullable(target)
        }
        if let union = unionVariants(schema), union.includesNull { return true }
        return false
    }
}

extension Translator {
    /// The `pattern` of a string property (its own, else its referenced schema's) as a Swift
    /// literal for the check before sending, or `nil` when there is none, the value is not a
    /// `String` (an enum, a date, bytes) or the generated code could not check it.
    mutating func stringPatternLiteral(_ schema: Schema, valueType: String) -> String? {
        let resolved = document.resolveSchema(schema).schema
        guard schema.pattern != nil || resolved.pattern != nil, resolved.types == [.string], resolved.enumValues == nil,
              !["date-time", "byte", "binary", "uuid"].contains(resolved.format ?? "") else { return nil }
        // A generated alias of `String`, not a type of the user's (`types`) standing for the schema.
        if valueType != "String" {
            var current = schema
            var seen: Set<String> = []
            while let reference = current.ref, seen.insert(reference.name).inserted {
                guard options.types[reference.name] == nil, let target = document.schema(named: reference.name) else { return nil }
                current = target
            }
            if current.ref != nil || seen.isEmpty { return nil }
        }
        return patternLiteral(schema.pattern != nil ? schema : resolved)
    }

    /// A schema's `pattern` as a Swift literal, or `nil` without one or when the generated code
    /// cannot check it (see `PatternSyntax`), with a warning at the pattern that says why.
    mutating func patternLiteral(_ schema: Schema) -> String? {
        guard let pattern = schema.pattern else { return nil }
        if let problem = PatternSyntax.problem(pattern) {
            diagnostics.warning("pattern is not checked before sending: \(problem)", at: schema.patternLocation ?? schema.location)
            return nil
        }
        return SwiftEscaping.rawStringLiteral(pattern)
    }
}
