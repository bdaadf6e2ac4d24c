import Basics
import Diagnostics
import OpenAPIModel

extension Translator {
    mutating func operationContext(_ operation: Operation, path: PathEntry) -> OperationContext? {
        let unescapedName = methodName(operation, path: path.path)
        let methodName = SwiftName.escaped(unescapedName)
        let operationID = operation.operationId ?? unescapedName
        let outputType = SwiftName.typeName(unescapedName) + "Output"
        if schemaTypeNameSet.contains(outputType) {
            diagnostics.error(
                "the output type '\(outputType)' of operation '\(operationID)' has the name of a schema's type",
                at: operation.location
            )
        }

        var signature = parameterSignatures(operation, path: path)
        var types: [ModelContext] = []
        // The body argument is `body`, unless a parameter already has that label.
        let bodyName = signature.docs.contains { $0.name == "body" } ? "requestPayload" : "body"
        let body = requestBody(operation, methodName: unescapedName, argument: bodyName, types: &types)
        if let body { signature.parameters.append(body.parameter) }
        for index in signature.parameters.indices {
            signature.parameters[index].separator = index == signature.parameters.count - 1 ? "" : ","
        }
        let responses = responseContexts(operation, outputType: outputType, types: &types)
        if !responses.bodyCases.isEmpty, schemaTypeNameSet.contains(responses.bodyType) {
            diagnostics.error(
                "the body type '\(responses.bodyType)' of operation '\(operationID)' has the name of a schema's type",
                at: operation.location
            )
        }

        var doc = operationDoc(operation, signature: signature, body: body, responses: responses)
        let remark = "/// - Remark: Generated from `\(operation.method.rawValue.uppercased()) \(SwiftEscaping.docCodeText(path.path))` (`\(SwiftEscaping.docCodeText(operationID))`)."
        doc.append(remark)
        return OperationContext(
            methodName: methodName,
            operationIDLiteral: SwiftEscaping.stringLiteral(operationID),
            doc: doc,
            deprecated: operation.deprecated,
            parameters: signature.parameters,
            httpMethod: operation.method.rawValue,
            pathPieces: pathPieces(path.path, arguments: signature.pathArguments),
            bodyArgument: body?.argument ?? "",
            bodyIsOptional: body?.isOptional ?? false,
            contentTypeLiteral: body.map { SwiftEscaping.stringLiteral($0.contentType) } ?? "",
            bodyEncoding: body?.encoding,
            partContentTypes: body?.partContentTypes ?? [],
            bodyContents: body?.contents ?? [],
            requestBodyType: body?.enumName ?? "",
            requestBodyDoc: [
                "/// The request body of `\(options.clientTypeName).\(unescapedName)`, in one of the content types it accepts.",
            ],
            acceptLiteral: responses.accept.isEmpty ? "" : SwiftEscaping.stringLiteral(responses.accept.joined(separator: ", ")),
            outputType: outputType,
            outputDoc: [
                "/// The result of `\(options.clientTypeName).\(unescapedName)`: the decoded body with the response's",
                "/// status and headers.",
            ],
            successes: responses.successes,
            hasBody: !responses.bodyType.isEmpty,
            bodyType: responses.bodyType,
            bodyDoc: responses.bodyDoc,
            bodyCases: responses.bodyCases,
            outputHeaders: responses.headers,
            failureBodyType: responses.failureType,
            types: types,
            parameterTypesName: signature.typesNamespace,
            parameterTypesDoc: ["/// The types of the parameters of `\(options.clientTypeName).\(unescapedName)`."],
            parameterTypes: signature.types,
            pagination: pagination(
                operation, path: path, methodName: unescapedName, signature: signature, body: body, responses: responses,
                types: types, remark: remark
            ),
            idempotencyKeyLiteral: Self.idempotencyKeyLiteral(signature)
        )
    }

    /// `operationId` in lowerCamelCase, or the method and path words when the spec gives none
    /// (`GET /pets/{petId}` → `getPetsByPetId`).
    func methodName(_ operation: Operation, path: String) -> String {
        if let operationId = operation.operationId, let name = options.operationNames[operationId] {
            return name
        }
        if let operationId = operation.operationId, !operationId.isEmpty {
            return SwiftName.unescapedMemberName(operationId)
        }
        return SwiftName.operationMethodName(method: operation.method.rawValue, path: path)
    }

    /// The request path's pieces: literal text and the path parameters' values.
    func pathPieces(_ path: String, arguments: [String: String]) -> [PathPieceContext] {
        var pieces: [PathPieceContext] = []
        var literal = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                if !literal.isEmpty { pieces.append(PathPieceContext(literal: SwiftEscaping.stringLiteral(literal))) }
                literal = ""
                pieces.append(PathPieceContext(argument: argument))
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty || pieces.isEmpty { pieces.append(PathPieceContext(literal: SwiftEscaping.stringLiteral(literal))) }
        pieces[pieces.count - 1].isLast = true
        return pieces
    }
}
