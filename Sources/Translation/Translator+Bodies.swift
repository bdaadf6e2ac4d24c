import Basics
import Diagnostics
import OpenAPIModel

/// The request body argument of a method.
struct RequestBodyArgument {
    var parameter: ParameterContext
    var argument: String
    var isOptional: Bool
    var contentType: String
    /// How it is encoded for its content type.
    var encoding: OperationContext.BodyEncoding
    var description: String
}

/// What the responses of an operation turn into.
struct ResponseTranslation {
    var successes: [SuccessContext] = []
    var bodyType = ""
    var bodyDoc: [String] = []
    /// Cases of the output's `Body` enum when success responses have different bodies.
    var bodyCases: [BodyCaseContext] = []
    var headers: [OutputHeaderContext] = []
    var failureType = "JSONValue"
    var accept: [String] = []
    /// Doc text for `- Returns:`.
    var returnsText = ""
}

/// How a media type is read or written.
enum BodyKind: Int, Comparable {
    case json, form, multipart, binary, text

    init?(_ mediaType: String) {
        let base = mediaType.split(separator: ";").first.map { $0.trimmed().lowercased() } ?? ""
        if base == "application/json" || base.hasSuffix("+json") || base == "*/*" {
            self = .json
        } else if base == "application/x-www-form-urlencoded" {
            self = .form
        } else if base == "multipart/form-data" {
            self = .multipart
        } else if base.hasPrefix("text/") {
            self = .text
        } else if base.contains("/") {
            self = .binary
        } else {
            return nil
        }
    }

    static func < (lhs: BodyKind, rhs: BodyKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Translator {
    static func isJSON(_ mediaType: String) -> Bool {
        BodyKind(mediaType) == .json
    }

    /// The request body argument, for the preferred content type (JSON, then form, multipart,
    /// binary, text); the others a spec offers are left unused.
    mutating func requestBody(
        _ operation: Operation, methodName: String, argument: String, types: inout [ModelContext]
    ) -> RequestBodyArgument? {
        guard let reference = operation.requestBody else { return nil }
        let body = document.resolve(reference)
        let candidates = body.content.compactMap { entry in BodyKind(entry.name).map { (kind: $0, entry: entry) } }
        guard let chosen = candidates.min(by: { $0.kind < $1.kind }) else {
            let types = body.content.map(\.name).joined(separator: ", ")
            diagnostics.warning("request body of type '\(types)' is not supported; '\(methodName)' has no body argument", at: body.location)
            return nil
        }
        let hint = SwiftName.typeName(methodName) + "Request"
        let type: String
        let encoding: OperationContext.BodyEncoding
        switch chosen.kind {
        case .json, .form, .multipart:
            if let schema = chosen.entry.value.schema {
                type = swiftType(for: schema, nameHint: nestedName(hint, types), nested: &types)
            } else {
                type = "JSONValue"
            }
            encoding = chosen.kind == .json ? .json : chosen.kind == .form ? .form : .multipart
        case .binary:
            type = "Data"
            encoding = .binary
        case .text:
            type = "String"
            encoding = .text
        }
        let optional = !body.required
        return RequestBodyArgument(
            parameter: ParameterContext(
                name: argument, label: argument, type: type, isOptional: optional,
                nameLiteral: SwiftEscaping.stringLiteral(argument), location: .body
            ),
            argument: argument, isOptional: optional, contentType: chosen.entry.name, encoding: encoding,
            description: body.description ?? ""
        )
    }

    mutating func responseContexts(_ operation: Operation, outputType: String, types: inout [ModelContext]) -> ResponseTranslation {
        var result = ResponseTranslation()
        let ordered = operation.responses.filter { if case .code = $0.status { return true } else { return false } }
            + operation.responses.filter { if case .code = $0.status { return false } else { return true } }
        var reads: [(status: StatusKey, type: String, reading: SuccessContext.Reading?)] = []
        for entry in ordered {
            let links = document.resolve(entry.response).links
            if !links.isEmpty {
                diagnostics.warning("links are not generated: " + links.map { "'\($0)'" }.joined(separator: ", "), at: entry.location)
            }
        }
        for entry in ordered where entry.status.isSuccess {
            let response = document.resolve(entry.response)
            let hint = outputType.dropLast("Output".count) + (reads.isEmpty ? "Response" : "Response\(statusText(entry.status))")
            let (type, reading, mediaType) = successBody(response, hint: String(hint), types: &types)
            if reads.isEmpty {
                if !type.isEmpty { result.bodyDoc = SwiftEscaping.docComment(response.description ?? "") }
                result.headers = outputHeaders(response)
                let description = response.description.map { " (\(SwiftEscaping.docCodeText($0)))" } ?? ""
                result.returnsText = "The `\(statusText(entry.status))` response\(description) with its status and headers."
            }
            if let mediaType, !result.accept.contains(mediaType) { result.accept.append(mediaType) }
            reads.append((entry.status, type, reading))
        }
        if Set(reads.map(\.type)).count <= 1 {
            result.bodyType = reads.first?.type ?? ""
            result.successes = reads.map { SuccessContext(status: status($0.status), reading: $0.reading) }
        } else {
            // Different bodies by status: the output's body is an enum with a case per status.
            result.bodyType = outputType + "Body"
            result.bodyDoc = ["/// The body, by status."]
            result.returnsText = "The success response with its status and headers."
            for read in reads {
                let name = caseName(read.status)
                result.bodyCases.append(BodyCaseContext(name: name, type: read.type))
                result.successes.append(SuccessContext(status: status(read.status), reading: read.reading, caseName: name))
            }
        }
        result.failureType = failureType(operation, types: &types, outputType: outputType)
        return result
    }

    /// `ok`, `created`, `noContent`… for the body cases of a status.
    private func caseName(_ status: StatusKey) -> String {
        switch status {
        case .code(200): return "ok"
        case .code(201): return "created"
        case .code(202): return "accepted"
        case .code(203): return "nonAuthoritativeInformation"
        case .code(204): return "noContent"
        case .code(205): return "resetContent"
        case .code(206): return "partialContent"
        case .code(let code): return "status\(code)"
        case .range(let first): return "status\(first)xx"
        case .default: return "other"
        }
    }

    private func statusText(_ status: StatusKey) -> String {
        switch status {
        case .code(let code): return String(code)
        case .range(let first): return "\(first)XX"
        case .default: return "default"
        }
    }

    private func status(_ status: StatusKey) -> SuccessContext.Status {
        switch status {
        case .code(let code): .code(code)
        case .range(let first): .range(first)
        case .default: .default
        }
    }

    /// The success body's Swift type (empty for none), how to read it, and its media type.
    private mutating func successBody(_ response: Response, hint: String, types: inout [ModelContext]) -> (String, SuccessContext.Reading?, String?) {
        let candidates = response.content.compactMap { entry in BodyKind(entry.name).map { (kind: $0, entry: entry) } }
        guard let chosen = candidates.min(by: { $0.kind < $1.kind }) else {
            if let other = response.content.first { return ("Data", .data, other.name) }
            return ("", nil, nil)
        }
        switch chosen.kind {
        case .json:
            guard let schema = chosen.entry.value.schema else { return ("JSONValue", .json("JSONValue"), chosen.entry.name) }
            let type = swiftType(for: schema, nameHint: nestedName(hint, types), nested: &types)
            return (type, .json(type), chosen.entry.name)
        case .text:
            return ("String", .text, chosen.entry.name)
        case .form, .multipart, .binary:
            return ("Data", .data, chosen.entry.name)
        }
    }

    private mutating func outputHeaders(_ response: Response) -> [OutputHeaderContext] {
        var seen: Set<String> = ["status", "body", "headerFields"]
        var headers: [OutputHeaderContext] = []
        for entry in response.headers {
            let name = SwiftName.memberName(entry.name)
            guard seen.insert(name).inserted, HTTPHeaderName.isValid(entry.name) else { continue }
            let header = document.resolve(entry.value)
            headers.append(
                OutputHeaderContext(
                    name: name, nameLiteral: SwiftEscaping.stringLiteral(entry.name),
                    doc: SwiftEscaping.docComment(header.description ?? ""), reading: headerReading(header)
                )
            )
        }
        return headers
    }

    /// The error body type: the `default` response's JSON schema, else the first error response's.
    private mutating func failureType(_ operation: Operation, types: inout [ModelContext], outputType: String) -> String {
        let candidates = operation.responses.filter { $0.status == .default }
            + operation.responses.filter { !$0.status.isSuccess && $0.status != .default }
        for entry in candidates {
            let response = document.resolve(entry.response)
            guard let json = response.content.first(where: { Self.isJSON($0.name) }), let schema = json.value.schema else { continue }
            let hint = String(outputType.dropLast("Output".count)) + "Error"
            return swiftType(for: schema, nameHint: nestedName(hint, types), nested: &types)
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
