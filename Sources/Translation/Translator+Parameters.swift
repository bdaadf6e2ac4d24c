import Basics
import Diagnostics
import OpenAPIModel

/// The method's parameters and where each goes in the request.
struct ParameterSignature {
    var parameters: [ParameterContext] = []
    /// Path template name → Swift expression of the value.
    var pathArguments: [String: String] = [:]
    var queryItems: [QueryItemContext] = []
    var headerItems: [HeaderItemContext] = []
    var cookieItems: [QueryItemContext] = []
    /// Spec name and doc text of each parameter, for the method's `- Parameters:` list.
    var docs: [(name: String, text: String)] = []
}

extension Translator {
    mutating func parameterSignatures(_ operation: Operation, path: PathEntry) -> ParameterSignature {
        var signature = ParameterSignature()
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
            guard let type = parameterType(parameter) else { continue }
            let optional = !parameter.required
            // The label stays the spec's name; the name inside the method must not be shadowed by
            // the method's own locals.
            let unescaped = swiftName.replacingAll("`", with: "")
            let label = swiftName
            let internalName = Self.methodLocals.contains(unescaped) ? unescaped + "Value" : swiftName
            let declaration = (label == internalName ? label : "\(label) \(internalName)") + ": \(type.swift)" + (optional ? "? = nil" : "")
            signature.parameters.append(
                ParameterContext(
                    name: internalName, declaration: declaration, separator: ",", isOptional: optional,
                    validations: validations(parameter, swiftName: internalName, type: type)
                )
            )
            signature.docs.append((label, parameter.description ?? ""))
            let nameLiteral = SwiftEscaping.stringLiteral(parameter.name)
            switch parameter.location {
            case .path:
                signature.pathArguments[parameter.name] = internalName
            case .query:
                signature.queryItems.append(QueryItemContext(call: queryCall(parameter, nameLiteral: nameLiteral, argument: internalName, type: type)))
            case .header:
                let value = type.isArray ? "\(internalName).map(\\.description).joined(separator: \",\")" : "\(internalName).description"
                signature.headerItems.append(HeaderItemContext(nameLiteral: nameLiteral, argument: internalName, isOptional: optional, value: value))
            case .cookie:
                let call = type.isArray
                    ? "cookies.append(\(nameLiteral), \(internalName)\(optional ? "?" : "").map(\\.description).joined(separator: \",\"))"
                    : "cookies.append(\(nameLiteral), \(internalName))"
                signature.cookieItems.append(QueryItemContext(call: call))
            }
        }
        return signature
    }

    /// Names the generated method body declares or uses; a parameter with one of these names gets
    /// another internal name (its label is unchanged).
    static let methodLocals: Set<String> = [
        "sender", "operationID", "query", "cookies", "cookieHeader", "request", "encodedBody", "response", "self",
    ]

    private func queryCall(_ parameter: Parameter, nameLiteral: String, argument: String, type: ParameterType) -> String {
        if type.isObject {
            let deep = parameter.effectiveStyle == .deepObject
            return "try query.appendObject(\(nameLiteral), \(argument), deep: \(deep))"
        }
        guard type.isArray else { return "query.append(\(nameLiteral), \(argument))" }
        switch (parameter.effectiveStyle, parameter.effectiveExplode) {
        case (.form, true): return "query.appendEach(\(nameLiteral), \(argument))"
        case (.spaceDelimited, _): return "query.appendJoined(\(nameLiteral), \(argument), separator: \"%20\")"
        case (.pipeDelimited, _): return "query.appendJoined(\(nameLiteral), \(argument), separator: \"%7C\")"
        default: return "query.appendJoined(\(nameLiteral), \(argument), separator: \",\")"
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
    private mutating func parameterType(_ parameter: Parameter) -> ParameterType? {
        guard let schema = parameter.schema else {
            diagnostics.warning("parameter '\(parameter.name)' uses 'content'; it is sent as a string", at: parameter.sourceLocation)
            return ParameterType(swift: "String", isArray: false, schema: Schema(location: parameter.sourceLocation))
        }
        let resolved = document.resolveSchema(schema).schema
        if resolved.types == [.array], let items = resolved.items {
            guard let element = scalarType(items) else {
                diagnostics.warning("parameter '\(parameter.name)' is an array of objects; it is sent as strings", at: parameter.sourceLocation)
                return ParameterType(swift: "[String]", isArray: true, schema: resolved)
            }
            return ParameterType(swift: "[\(element)]", isArray: true, schema: resolved)
        }
        guard let scalar = scalarType(schema) else {
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
    /// enum uses its raw type), or `nil` for objects and arrays.
    private mutating func scalarType(_ schema: Schema) -> String? {
        let resolved = document.resolveSchema(schema)
        let target = resolved.schema
        if target.types.contains(.object) || target.types.contains(.array) || !target.properties.isEmpty { return nil }
        if let name = resolved.name, target.enumValues != nil, let swiftName = schemaTypeNames[name] { return swiftName }
        var scratch: [ModelContext] = []
        var plain = target
        plain.enumValues = nil
        let type = swiftType(for: plain, nameHint: "Parameter", nested: &scratch)
        switch type {
        case "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "UUID": return type
        default: return "String"
        }
    }

    /// Checks of the spec's constraints that run before a request is sent.
    private func validations(_ parameter: Parameter, swiftName: String, type: ParameterType) -> [String] {
        let schema = type.schema
        let label = SwiftEscaping.stringLiteral(parameter.name)
        let value = swiftName
        var checks: [String] = []
        if type.isArray {
            if let minItems = schema.minItems { checks.append("Validate.minCount(\(value), \(minItems), parameter: \(label))") }
            if let maxItems = schema.maxItems { checks.append("Validate.maxCount(\(value), \(maxItems), parameter: \(label))") }
            return checks
        }
        switch type.swift {
        case "String":
            if let minLength = schema.minLength, minLength > 0 { checks.append("Validate.minLength(\(value), \(minLength), parameter: \(label))") }
            if let maxLength = schema.maxLength { checks.append("Validate.maxLength(\(value), \(maxLength), parameter: \(label))") }
        case "Int", "Int32", "Int64", "Double", "Float":
            let integral = type.swift.hasPrefix("Int")
            func literal(_ bound: Double) -> String? {
                if integral {
                    guard bound.rounded() == bound, abs(bound) < 9e15 else { return nil }
                    return String(Int64(bound))
                }
                return bound.isFinite ? "\(bound)" : nil
            }
            if let minimum = schema.minimum.flatMap(literal) { checks.append("Validate.minimum(\(value), \(minimum), parameter: \(label))") }
            if let maximum = schema.maximum.flatMap(literal) { checks.append("Validate.maximum(\(value), \(maximum), parameter: \(label))") }
            if let bound = schema.exclusiveMinimum.flatMap(literal) { checks.append("Validate.above(\(value), \(bound), parameter: \(label))") }
            if let bound = schema.exclusiveMaximum.flatMap(literal) { checks.append("Validate.below(\(value), \(bound), parameter: \(label))") }
        default:
            break
        }
        return checks
    }
}
