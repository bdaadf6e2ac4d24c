import Diagnostics
import OpenAPIModel

/// The request body argument of a method.
struct RequestBodyArgument {
    var parameter: ParameterContext
    var argument: String
    var isOptional: Bool
    var contentType: String
    var description: String
}

/// What the responses of an operation turn into.
struct ResponseTranslation {
    var successes: [SuccessContext] = []
    var bodyType = ""
    var bodyDoc: [String] = []
    var headers: [OutputHeaderContext] = []
    var failureType = "JSONValue"
    var accept: [String] = []
    /// Doc text for `- Returns:`.
    var returnsText = ""
}

extension Translator {
    static func isJSON(_ mediaType: String) -> Bool {
        let base = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }

    /// A JSON request body becomes a `body` argument; other content types are not sent yet.
    mutating func requestBody(_ operation: Operation, methodName: String) -> RequestBodyArgument? {
        guard let reference = operation.requestBody else { return nil }
        let body = document.resolve(reference)
        guard let entry = body.content.first(where: { Self.isJSON($0.name) }), let schema = entry.value.schema else {
            let types = body.content.map(\.name).joined(separator: ", ")
            diagnostics.warning("request bodies of type '\(types)' are not sent by the generated client yet; '\(methodName)' has no body argument", at: body.location)
            return nil
        }
        var nested: [ModelContext] = []
        let type = swiftType(for: schema, nameHint: SwiftName.typeName(methodName) + "Body", nested: &nested)
        if !nested.isEmpty {
            diagnostics.warning("inline request body schemas are not generated yet; '\(methodName)' takes a JSONValue body", at: schema.location)
            return argument(type: "JSONValue", body: body, contentType: entry.name)
        }
        return argument(type: type, body: body, contentType: entry.name)
    }

    private func argument(type: String, body: RequestBody, contentType: String) -> RequestBodyArgument {
        let optional = !body.required
        return RequestBodyArgument(
            parameter: ParameterContext(
                name: "body", declaration: "body: \(type)" + (optional ? "? = nil" : ""), separator: "",
                isOptional: optional, validations: []
            ),
            argument: "body", isOptional: optional, contentType: contentType, description: body.description ?? ""
        )
    }

    mutating func responseContexts(_ operation: Operation, outputType: String) -> ResponseTranslation {
        var result = ResponseTranslation()
        var successKind: String?
        let ordered = operation.responses.filter { if case .code = $0.status { return true } else { return false } }
            + operation.responses.filter { if case .code = $0.status { return false } else { return true } }
        for entry in ordered where entry.status.isSuccess {
            let response = document.resolve(entry.response)
            let (kind, expression, mediaType) = successBody(response, hint: outputType + "Body")
            if let successKind, successKind != kind {
                diagnostics.warning(
                    "response '\(statusText(entry.status))' has a different body than the first success response; it is treated as an error",
                    at: entry.location
                )
                continue
            }
            if successKind == nil {
                successKind = kind
                result.bodyType = kind
                if !kind.isEmpty { result.bodyDoc = SwiftEscaping.docComment(response.description ?? "") }
                result.headers = outputHeaders(response)
                let description = response.description.map { " (\(docSafe($0)))" } ?? ""
                result.returnsText = "The `\(statusText(entry.status))` response\(description) with its status and headers."
            }
            if let mediaType, !result.accept.contains(mediaType) { result.accept.append(mediaType) }
            result.successes.append(SuccessContext(pattern: pattern(entry.status), bodyExpression: expression))
        }
        result.failureType = failureType(operation)
        return result
    }

    private func statusText(_ status: StatusKey) -> String {
        switch status {
        case .code(let code): return String(code)
        case .range(let first): return "\(first)XX"
        case .default: return "default"
        }
    }

    private func pattern(_ status: StatusKey) -> String {
        switch status {
        case .code(let code): return String(code)
        case .range(let first): return "\(first * 100)..<\(first * 100 + 100)"
        case .default: return "_"
        }
    }

    /// The success body's Swift type (empty for none), how to read it, and its media type.
    private mutating func successBody(_ response: Response, hint: String) -> (String, String, String?) {
        if let json = response.content.first(where: { Self.isJSON($0.name) }) {
            guard let schema = json.value.schema else { return ("JSONValue", decodeExpression("JSONValue"), json.name) }
            var nested: [ModelContext] = []
            var type = swiftType(for: schema, nameHint: hint, nested: &nested)
            if !nested.isEmpty {
                diagnostics.warning("inline response schemas are not generated yet; the body is decoded as a JSONValue", at: schema.location)
                type = "JSONValue"
            }
            return (type, decodeExpression(type), json.name)
        }
        if let other = response.content.first {
            return ("Data", "response.body", other.name)
        }
        return ("", "", nil)
    }

    private func decodeExpression(_ type: String) -> String {
        "try sender.decode(\(type).self, from: response, operationID: operationID)"
    }

    private func outputHeaders(_ response: Response) -> [OutputHeaderContext] {
        var seen: Set<String> = ["status", "body", "headerFields"]
        var headers: [OutputHeaderContext] = []
        for entry in response.headers {
            let name = SwiftName.memberName(entry.name)
            guard seen.insert(name).inserted, HTTPHeaderName.isValid(entry.name) else { continue }
            let header = document.resolve(entry.value)
            headers.append(
                OutputHeaderContext(
                    name: name, nameLiteral: SwiftEscaping.stringLiteral(entry.name),
                    doc: SwiftEscaping.docComment(header.description ?? "")
                )
            )
        }
        return headers
    }

    /// The error body type: the `default` response's JSON schema, else the first error response's.
    private mutating func failureType(_ operation: Operation) -> String {
        let candidates = operation.responses.filter { $0.status == .default }
            + operation.responses.filter { !$0.status.isSuccess && $0.status != .default }
        for entry in candidates {
            let response = document.resolve(entry.response)
            guard let json = response.content.first(where: { Self.isJSON($0.name) }), let schema = json.value.schema else { continue }
            var nested: [ModelContext] = []
            let type = swiftType(for: schema, nameHint: "ErrorBody", nested: &nested)
            return nested.isEmpty ? type : "JSONValue"
        }
        return "JSONValue"
    }
}

/// HTTP header names must be tokens (RFC 9110) to be sent or read.
enum HTTPHeaderName {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
        }
    }
}
