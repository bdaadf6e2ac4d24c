import Basics
import Diagnostics
import OpenAPIModel

/// The request body argument of a method.
struct RequestBodyArgument {
    var parameter: ParameterContext
    var argument: String
    var isOptional: Bool
    var contentType: String
    /// How it is encoded for its content type (the preferred one, with several).
    var encoding: OperationContext.BodyEncoding
    var description: String
    /// Multipart: the spec's content types of the file parts.
    var partContentTypes: [PartContentTypeContext] = []
    /// With several content types: one case each of the argument's enum, `enumName`.
    var contents: [BodyContentContext] = []
    var enumName = ""
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

    /// How a request body of this kind is encoded.
    var encoding: OperationContext.BodyEncoding {
        switch self {
        case .json: .json
        case .form: .form
        case .multipart: .multipart
        case .binary: .binary
        case .text: .text
        }
    }
}

extension Translator {
    static func isJSON(_ mediaType: String) -> Bool {
        BodyKind(mediaType) == .json
    }

    /// The request body argument. With one content type, the argument is that content's type;
    /// with several, an enum the operation declares with a case per content type
    /// (`.json(Pet)`, `.urlEncodedForm(PetForm)`…), so each can be sent.
    mutating func requestBody(
        _ operation: Operation, methodName: String, argument: String, types: inout [ModelContext]
    ) -> RequestBodyArgument? {
        guard let reference = operation.requestBody else { return nil }
        let body = document.resolve(reference)
        let candidates = body.content.compactMap { entry in BodyKind(entry.name).map { (kind: $0, entry: entry) } }
        guard let preferred = candidates.min(by: { $0.kind < $1.kind }) else {
            let types = body.content.map(\.name).joined(separator: ", ")
            diagnostics.warning("request body of type '\(types)' is not supported; '\(methodName)' has no body argument", at: body.location)
            return nil
        }
        let hint = SwiftName.typeName(methodName) + "Request"
        let optional = !body.required
        var result = RequestBodyArgument(
            parameter: ParameterContext(
                name: argument, label: argument, type: "", isOptional: optional,
                nameLiteral: SwiftEscaping.stringLiteral(argument), location: .body
            ),
            argument: argument, isOptional: optional, contentType: preferred.entry.name, encoding: preferred.kind.encoding,
            description: body.description ?? ""
        )
        guard candidates.count > 1 else {
            result.parameter.type = contentType(preferred.kind, preferred.entry.value, hint: hint, types: &types)
            result.partContentTypes = partContentTypes(preferred.kind, preferred.entry.value)
            return result
        }
        // The usual name goes to the first media type that earns it; a later one (`application/json;
        // charset=utf-8` after `application/json`) is named by its own words.
        var taken: Set<String> = []
        let names = SwiftName.distinctMemberNames(candidates.map { candidate in
            let name = Self.bodyCaseName(candidate.kind, mediaType: candidate.entry.name)
            return taken.insert(name).inserted ? name : candidate.entry.name
        })
        for (index, candidate) in candidates.enumerated() {
            let caseName = names.names[index]
            let type = contentType(
                candidate.kind, candidate.entry.value, hint: hint + SwiftName.typeName(caseName.replacingAll("`", with: "")),
                types: &types
            )
            result.contents.append(
                BodyContentContext(
                    caseName: caseName, type: type, doc: ["/// `\(SwiftEscaping.docCodeText(candidate.entry.name))`"],
                    contentTypeLiteral: SwiftEscaping.stringLiteral(candidate.entry.name), encoding: candidate.kind.encoding,
                    partContentTypes: partContentTypes(candidate.kind, candidate.entry.value)
                )
            )
        }
        result.enumName = nestedName(hint + "Body", types)
        result.parameter.type = result.enumName
        return result
    }

    /// The Swift type of one request content.
    private mutating func contentType(_ kind: BodyKind, _ media: MediaType, hint: String, types: inout [ModelContext]) -> String {
        switch kind {
        case .json, .form, .multipart:
            guard let schema = media.schema else { return "JSONValue" }
            // A multipart body's file properties are `MultipartFile`s (bytes, file name, type).
            multipartFiles = kind == .multipart
            defer { multipartFiles = false }
            return swiftType(for: schema, nameHint: nestedName(hint, types), nested: &types)
        case .binary:
            return "Data"
        case .text:
            return "String"
        }
    }

    /// `json`, `urlEncodedForm`, `multipartForm`, `binary` and `plainText` for the usual media
    /// types; the media type's words for the others.
    static func bodyCaseName(_ kind: BodyKind, mediaType: String) -> String {
        let base = mediaType.split(separator: ";").first.map { $0.trimmed().lowercased() } ?? ""
        switch (kind, base) {
        case (.json, "application/json"): return "json"
        case (.form, _): return "urlEncodedForm"
        case (.multipart, _): return "multipartForm"
        case (.binary, "application/octet-stream"): return "binary"
        case (.text, "text/plain"): return "plainText"
        default: return mediaType
        }
    }

    /// The content type the spec gives each file part of a multipart body: `encoding.<name>.contentType`
    /// (the first of a list), else the property's `contentMediaType`.
    private func partContentTypes(_ kind: BodyKind, _ media: MediaType) -> [PartContentTypeContext] {
        guard kind == .multipart, let schema = media.schema, let object = flattenedObject(document.resolveSchema(schema).schema) else {
            return []
        }
        var result: [PartContentTypeContext] = []
        for property in object.properties where isFilePart(property.value) {
            let declared = media.encoding[property.name]?.contentType?.split(separator: ",").first.map { $0.trimmed() }
            let resolved = document.resolveSchema(property.value).schema
            let own = resolved.contentMediaType ?? resolved.items.flatMap { document.resolveSchema($0).schema.contentMediaType }
            guard let contentType = declared.flatMap({ $0.isEmpty ? nil : $0 }) ?? own else { continue }
            result.append(
                PartContentTypeContext(
                    nameLiteral: SwiftEscaping.stringLiteral(property.name), contentTypeLiteral: SwiftEscaping.stringLiteral(contentType)
                )
            )
        }
        if let last = result.indices.last { result[last].separator = "" }
        return result
    }

    /// A multipart file part: a string of `format: binary` or with a `contentMediaType`, or an
    /// array of those (one part each).
    func isFilePart(_ schema: Schema) -> Bool {
        let resolved = document.resolveSchema(schema).schema
        if resolved.types == [.array], let items = resolved.items { return isFileString(items) }
        return isFileString(schema)
    }

    private func isFileString(_ schema: Schema) -> Bool {
        let resolved = document.resolveSchema(schema).schema
        return resolved.types == [.string] && resolved.enumValues == nil
            && (resolved.format == "binary" || resolved.contentMediaType != nil)
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

extension Translator {
    /// The component schemas that some operation's multipart request body names directly.
    mutating func findMultipartComponents() {
        for (_, operation) in document.operations {
            guard let reference = operation.requestBody else { continue }
            for entry in document.resolve(reference).content where BodyKind(entry.name) == .multipart {
                if let name = entry.value.schema.flatMap({ document.resolveSchema($0).name }) {
                    multipartComponents.insert(name)
                }
            }
        }
    }
}
