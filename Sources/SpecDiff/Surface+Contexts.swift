import Translation

extension Surface {
    /// The surface of the client the files describe: Translation's contexts are the one source of
    /// every name and type `generate` writes, so the surface names what the generated code declares.
    public init(files: [FileContext]) {
        let client = files.lazy.compactMap(\.client).first
        // By name, not in file order: the surface is the same whichever layout spreads the
        // declarations over files.
        let operations = files.flatMap(\.operations).sorted { $0.methodName < $1.methodName }
        let models = (files.flatMap(\.models) + operations.flatMap(\.types)).sorted { $0.name < $1.name }
        var types: [TypeSurface] = []
        for model in models { Self.collect(model, prefix: "", into: &types) }
        for operation in operations {
            // The inline enums of the parameters, in the operation's namespace.
            if operation.hasParameterTypes {
                types.append(TypeSurface(name: operation.parameterTypesName, kind: .namespace, members: []))
                for model in operation.parameterTypes {
                    Self.collect(model, prefix: operation.parameterTypesName + ".", into: &types)
                }
            }
            // The templates declare two enums of their own: the bodies of an output whose statuses
            // have different ones, and the content types of a request body sent in several.
            if operation.hasBodyEnum {
                types.append(TypeSurface(name: operation.bodyType, kind: .union, members: operation.bodyCases.map {
                    Member($0.name, $0.hasValue ? $0.type : "Void")
                }))
            }
            if !operation.bodyContents.isEmpty {
                types.append(TypeSurface(name: operation.requestBodyType, kind: .union, members: operation.bodyContents.map {
                    Member($0.caseName, $0.type)
                }))
            }
        }
        let clientName = client?.typeName ?? "Client"
        self.init(
            clientName: clientName,
            operations: operations.map(OperationSurface.init(context:)),
            types: types,
            servers: client?.servers.map { Member($0.name, Self.text(ofLiteral: $0.urlLiteral)) } ?? [],
            credentials: client?.securitySchemes.map { Member($0.name, Self.kind(of: $0)) } ?? []
        )
    }

    /// Adds a model and the models nested in it, depth first, with qualified names.
    private static func collect(_ model: ModelContext, prefix: String, into types: inout [TypeSurface]) {
        let name = prefix + model.name
        types.append(TypeSurface(context: model, name: name))
        for nested in model.nested { collect(nested, prefix: name + ".", into: &types) }
    }

    private static func kind(of scheme: SecuritySchemeContext) -> String {
        if scheme.isBearer { return "bearer" }
        if scheme.isBasic { return "basic" }
        let place = scheme.inHeader ? "header" : scheme.inQuery ? "query" : "cookie"
        return "apiKey in \(place) \(text(ofLiteral: scheme.keyNameLiteral))"
    }

    /// The text of a Swift string literal as Translation writes them (`"…"` or `#"…"#`), for
    /// reading; a literal with escapes keeps them, which is still the same text in both specs.
    static func text(ofLiteral literal: String) -> String {
        var body = Substring(literal)
        while body.first == "#" && body.last == "#" { body = body.dropFirst().dropLast() }
        if body.count >= 2 && body.first == "\"" && body.last == "\"" { body = body.dropFirst().dropLast() }
        return String(body)
    }
}

extension OperationSurface {
    init(context operation: OperationContext) {
        let route = operation.httpMethod.uppercased() + " "
            + operation.pathPieces.map { $0.isArgument ? "{}" : Surface.text(ofLiteral: $0.literal) }.joined()
        let responses: [Member] = operation.successes.map { success in
            let status = success.isCode ? success.code
                : success.isRange ? String(success.rangeStart.prefix(1)) + "XX" : "default"
            let body = success.readsJSON ? success.decodedType : success.readsText ? "String" : success.readsData ? "Data" : "Void"
            return Member(status, body)
        }
        self.init(
            methodName: operation.methodName,
            route: route,
            parameters: operation.parameters.map { parameter in
                let place = parameter.isPath ? "path" : parameter.isQuery ? "query" : parameter.isHeader ? "header"
                    : parameter.isCookie ? "cookie" : "body " + Surface.text(ofLiteral: operation.contentTypeLiteral)
                return ParameterSurface(
                    label: parameter.label, type: parameter.type, isOptional: parameter.isOptional, location: place,
                    constraints: parameter.constraints.map { Member($0.kind, $0.value) }
                )
            },
            output: operation.outputBodyType,
            responses: responses,
            headers: operation.outputHeaders.map { Member($0.name, $0.type) },
            failureBody: operation.failureBodyType,
            security: operation.securityAlternatives.map { $0.schemes.map(\.name).joined(separator: " + ") },
            deprecated: operation.deprecated
        )
    }
}

extension TypeSurface {
    init(context model: ModelContext, name: String) {
        if model.isStruct {
            self.init(
                name: name, kind: .struct,
                // The union of an `allOf` of objects and a union is a stored property too.
                members: model.properties.map { Member($0.name, $0.type) }
                    + (model.variantProperty.map { [Member($0.name, $0.type)] } ?? []),
                defaults: model.properties.filter { $0.hasDefault && $0.defaultValue != "nil" }.map { Member($0.name, $0.defaultValue) },
                requiredMembers: Set(model.properties.filter { !$0.hasDefault }.map(\.name) + (model.variantProperty.map { [$0.name] } ?? [])),
                deprecated: model.deprecated
            )
        } else if model.isEnum {
            self.init(
                name: name, kind: .enum, members: model.cases.map { Member($0.name, $0.literal) }, detail: model.rawType,
                deprecated: model.deprecated
            )
        } else if model.isUnion {
            self.init(
                name: name, kind: .union, members: model.variants.map { Member($0.name, $0.type) },
                detail: model.hasDiscriminator ? Surface.text(ofLiteral: model.discriminatorLiteral) : "",
                deprecated: model.deprecated
            )
        } else {
            self.init(name: name, kind: .typealias, members: [Member("=", model.aliasedType)], deprecated: model.deprecated)
        }
    }
}
