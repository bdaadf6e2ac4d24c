import Basics
import Diagnostics
import OpenAPIModel

/// The method's parameters and where each goes in the request.
struct ParameterSignature {
    var parameters: [ParameterContext] = []
    /// Path template name → the Swift name of the value.
    var pathArguments: [String: String] = [:]
    /// Spec name and doc text of each parameter, for the method's `- Parameters:` list.
    var docs: [(name: String, text: String)] = []
    /// The namespace that holds the parameters' own types (`ListPetsParameters`).
    var typesNamespace = ""
    /// The parameters' own types (inline enums), declared inside `typesNamespace`.
    var types: [ModelContext] = []
}

extension Translator {
    mutating func parameterSignatures(_ operation: Operation, path: PathEntry) -> ParameterSignature {
        var signature = ParameterSignature()
        // Inline enums get a type each, nested in a namespace of the operation's own
        // (`ListPetsParameters.Status`), the way a property's inline enum nests in its struct: the
        // namespace's name ends unlike the operation's other types (`…Request`, `…Output`), so
        // operations cannot collide, and the nested names only have to differ from one another.
        signature.typesNamespace = nestedName(SwiftName.typeName(methodName(operation, path: path.path)) + "Parameters", [])
        let all = document.parameters(for: operation, in: path.item)
        let ordered = [ParameterLocation.path, .query, .header, .cookie].flatMap { location in
            all.filter { $0.location == location }
        }
        let names = SwiftName.distinctMemberNames(ordered.map(\.name))
        for (index, parameter) in ordered.enumerated() {
            let swiftName = names.names[index]
            if let plain = names.renamed[index] {
                diagnostics.warning(
                    "parameters share the Swift name '\(plain)'; '\(parameter.name)' is named '\(swiftName)'",
                    at: parameter.sourceLocation
                )
            }
            guard let type = parameterType(parameter, signature: &signature) else { continue }
            // The label stays the spec's name; the name inside the method must not be shadowed by
            // the locals the template's method body declares.
            let internalName = SwiftName.internalName(swiftName, avoiding: options.methodLocals)
            signature.parameters.append(
                ParameterContext(
                    name: internalName, label: swiftName, type: type.swift, isOptional: !parameter.required,
                    nameLiteral: SwiftEscaping.stringLiteral(parameter.name), location: location(parameter.location),
                    kind: kind(parameter, type: type), style: parameter.effectiveStyle.rawValue,
                    explode: parameter.effectiveExplode, constraints: constraints(type)
                )
            )
            signature.docs.append((swiftName, parameter.description ?? ""))
            if parameter.location == .path { signature.pathArguments[parameter.name] = internalName }
        }
        return signature
    }

    private func location(_ location: ParameterLocation) -> ParameterContext.Location {
        switch location {
        case .path: .path
        case .query: .query
        case .header: .header
        case .cookie: .cookie
        }
    }

    /// The value's shape and, for a query array, how OpenAPI joins its elements.
    private func kind(_ parameter: Parameter, type: ParameterType) -> ParameterContext.Kind {
        if type.isObject { return .object(deep: parameter.effectiveStyle == .deepObject) }
        guard type.isArray else { return .scalar }
        guard parameter.location == .query else { return .array(.comma) }
        switch (parameter.effectiveStyle, parameter.effectiveExplode) {
        case (.form, true): return .array(.exploded)
        case (.spaceDelimited, _): return .array(.space)
        case (.pipeDelimited, _): return .array(.pipe)
        default: return .array(.comma)
        }
    }

    struct ParameterType {
        var swift: String
        var isArray: Bool
        /// An object sent as `name[key]=value` pairs (deepObject) or `key=value` pairs (form).
        var isObject = false
        /// The schema constraints apply to (the resolved one).
        var schema: Schema
    }

    /// A parameter's Swift type: scalars, enums and arrays of them. Anything else is sent as a
    /// string with a warning.
    private mutating func parameterType(_ parameter: Parameter, signature: inout ParameterSignature) -> ParameterType? {
        guard let schema = parameter.schema else {
            diagnostics.warning("parameter '\(parameter.name)' uses 'content'; it is sent as a string", at: parameter.sourceLocation)
            return ParameterType(swift: "String", isArray: false, schema: Schema(location: parameter.sourceLocation))
        }
        let resolved = document.resolveSchema(schema).schema
        if resolved.types == [.array], let items = resolved.items {
            guard let element = scalarType(items, parameter: parameter, signature: &signature) else {
                diagnostics.warning("parameter '\(parameter.name)' is an array of objects; it is sent as strings", at: parameter.sourceLocation)
                return ParameterType(swift: "[String]", isArray: true, schema: resolved)
            }
            return ParameterType(swift: "[\(element)]", isArray: true, schema: resolved)
        }
        guard let scalar = scalarType(schema, parameter: parameter, signature: &signature) else {
            guard parameter.location == .query else {
                diagnostics.warning("parameter '\(parameter.name)' is an object; it is sent as a string", at: parameter.sourceLocation)
                return ParameterType(swift: "String", isArray: false, schema: resolved)
            }
            let named = document.resolveSchema(schema).name.flatMap { schemaTypeNames[$0] }
            return ParameterType(swift: named ?? "[String: JSONValue]", isArray: false, isObject: true, schema: resolved)
        }
        return ParameterType(swift: scalar, isArray: false, schema: resolved)
    }

    /// The Swift type of a scalar schema (a referenced enum keeps its generated type; an inline
    /// enum gets one in the signature's namespace, named after the parameter), or `nil` for objects
    /// and arrays.
    private mutating func scalarType(_ schema: Schema, parameter: Parameter, signature: inout ParameterSignature) -> String? {
        let resolved = document.resolveSchema(schema)
        let target = resolved.schema
        if target.types.contains(.object) || target.types.contains(.array) || !target.properties.isEmpty { return nil }
        if let name = resolved.name, target.enumValues != nil, let swiftName = schemaTypeNames[name] { return swiftName }
        if resolved.name == nil, target.enumValues != nil {
            // Only the namespace's own declarations see the nested name, and they name no
            // component, so it only has to differ from the namespace and its other types.
            var name = SwiftName.typeName(parameter.name)
            while name == signature.typesNamespace || signature.types.contains(where: { $0.name == name }) { name += "Value" }
            let schemaDoc = schemaDoc(target, remark: nil)
            let doc = schemaDoc.isEmpty ? ["/// The values of the `\(SwiftEscaping.docCodeText(parameter.name))` parameter."] : schemaDoc
            if let model = enumModel(swiftName: name, schema: target, doc: doc) {
                signature.types.append(model)
                return signature.typesNamespace + "." + model.name
            }
        }
        var scratch: [ModelContext] = []
        var plain = target
        plain.enumValues = nil
        let type = swiftType(for: plain, nameHint: "Parameter", nested: &scratch)
        switch type {
        case "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "UUID": return type
        default: return "String"
        }
    }

    /// The spec's constraints that are checked before a request is sent.
    private mutating func constraints(_ type: ParameterType) -> [ConstraintContext] {
        let schema = type.schema
        var result: [ConstraintContext] = []
        if type.isArray {
            if let minItems = schema.minItems { result.append(ConstraintContext(.minItems, value: String(minItems))) }
            if let maxItems = schema.maxItems { result.append(ConstraintContext(.maxItems, value: String(maxItems))) }
            return result
        }
        switch type.swift {
        case "String":
            if let minLength = schema.minLength, minLength > 0 { result.append(ConstraintContext(.minLength, value: String(minLength))) }
            if let maxLength = schema.maxLength { result.append(ConstraintContext(.maxLength, value: String(maxLength))) }
            if let pattern = patternLiteral(schema) { result.append(ConstraintContext(.pattern, value: pattern)) }
        case "Int", "Int32", "Int64", "Double", "Float":
            let integral = type.swift.hasPrefix("Int")
            func literal(_ bound: Double) -> String? {
                if integral {
                    guard bound.rounded() == bound, abs(bound) < 9e15 else { return nil }
                    return String(Int64(bound))
                }
                return bound.isFinite ? "\(bound)" : nil
            }
            let bounds: [(ConstraintContext.Keyword, Double?)] = [
                (.minimum, schema.minimum), (.maximum, schema.maximum),
                (.exclusiveMinimum, schema.exclusiveMinimum), (.exclusiveMaximum, schema.exclusiveMaximum),
            ]
            for (keyword, bound) in bounds {
                if let value = bound.flatMap(literal) { result.append(ConstraintContext(keyword, value: value)) }
            }
        default:
            break
        }
        return result
    }
}
