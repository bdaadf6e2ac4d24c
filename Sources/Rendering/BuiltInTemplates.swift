// The built-in templates, embedded so the generator needs no resource files at run time.
// Generated from Templates/*.mustache: run `UPDATE_EMBEDDED_TEMPLATES=1 swift test --filter GoldenTests` after editing them.

enum BuiltInTemplates {
    static let sources: [String: String] = [
        "client": #"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

{{#imports}}
import {{.}}
{{/imports}}
{{#client}}

/// The servers the spec lists.
{{access}} enum Servers {
{{#servers}}
{{#doc}}
    {{.}}
{{/doc}}
    {{access}} static let {{name}} = URL(string: {{urlLiteral}})!
{{#hasVariables}}

    /// The server above with other values for its variables; `nil` when they do not make a URL.
    ///
    /// - Parameters:
{{#variables}}
    ///   - {{name}}: {{doc}}
{{/variables}}
    {{access}} static func {{name}}({{#variables}}{{name}}: String = {{defaultLiteral}}{{separator}}{{/variables}}) -> URL? {
        var url = {{templateLiteral}}
{{#variables}}
        url = url.replacingOccurrences(of: {{placeholderLiteral}}, with: {{name}})
{{/variables}}
        return URL(string: url)
    }
{{/hasVariables}}
{{/servers}}
}

{{#doc}}
{{.}}
{{/doc}}
{{access}} struct {{typeName}}: Sendable {
    let sender: RequestSender
{{#hasCredentials}}
    /// The credentials the client adds to the requests of operations that require them.
    {{access}} var credentials: Credentials
{{/hasCredentials}}

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - serverURL: The base URL every path is appended to; one of `Servers` or any other.
    ///   - transport: Sends the requests, e.g. `URLSessionTransport()`.
{{#hasCredentials}}
    ///   - credentials: Added to the requests of the operations that require them, before the
    ///     middlewares (which see them and can replace them). Without them, requests go without.
{{/hasCredentials}}
    ///   - middlewares: Called in order around every request (authentication, logging, retries…).
    ///   - maxResponseBodySize: The most bytes of a response body the client reads before it fails.
    ///   - retryPolicy: When and how requests are sent again (`RetryPolicy`); `nil` sends each once.
    {{access}} init(
        serverURL: URL = Servers.{{defaultServer}},
        transport: any ClientTransport,
{{#hasCredentials}}
        credentials: Credentials = Credentials(),
{{/hasCredentials}}
        middlewares: [any ClientMiddleware] = [],
        maxResponseBodySize: Int = 16 * 1024 * 1024,
        retryPolicy: RetryPolicy? = nil
    ) {
        self.sender = RequestSender(
            serverURL: serverURL,
            transport: transport,
            middlewares: middlewares,
            maxResponseBodySize: maxResponseBodySize,
            retryPolicy: retryPolicy
        )
{{#hasCredentials}}
        self.credentials = credentials
{{/hasCredentials}}
    }
}
{{#hasResponseHeaders}}

/// The response headers the operations document.
extension OperationOutput {
{{#responseHeaders}}
{{#doc}}
    {{.}}
{{/doc}}
    {{access}} var {{name}}: {{type}}? {
{{#isText}}
        headerFields[HTTPField.Name({{nameLiteral}})!]
{{/isText}}
{{#isNumber}}
        HeaderValues.number(headerFields[HTTPField.Name({{nameLiteral}})!])
{{/isNumber}}
{{#isBool}}
        HeaderValues.bool(headerFields[HTTPField.Name({{nameLiteral}})!])
{{/isBool}}
{{#isDate}}
        HeaderValues.date(headerFields[HTTPField.Name({{nameLiteral}})!])
{{/isDate}}
{{#isUUID}}
        HeaderValues.uuid(headerFields[HTTPField.Name({{nameLiteral}})!])
{{/isUUID}}
{{#isEnum}}
        HeaderValues.enumValue(headerFields[HTTPField.Name({{nameLiteral}})!])
{{/isEnum}}
    }
{{/responseHeaders}}
}
{{/hasResponseHeaders}}
{{#hasCredentials}}

// MARK: - Credentials (the security schemes)

/// The credentials of the security schemes the spec declares, one optional member each. For each
/// request, the client adds those of the first alternative of the operation's security
/// requirement whose members are all set, or none when no alternative is complete (a middleware
/// can then add them). Its `description`, `debugDescription` and mirror never show the secrets.
{{access}} struct Credentials: Hashable, Sendable {
{{#securitySchemes}}
{{#doc}}
    {{.}}
{{/doc}}
    {{access}} var {{name}}: {{type}}?
{{/securitySchemes}}

    /// Creates credentials; leave out the schemes you do not use.
    {{access}} init(
{{#securitySchemes}}
        {{name}}: {{type}}? = nil{{separator}}
{{/securitySchemes}}
    ) {
{{#securitySchemes}}
        self.{{name}} = {{name}}
{{/securitySchemes}}
    }
}

extension Credentials: RedactedDescription {
    /// The members and whether each is set, for `description`, `debugDescription` and the mirror.
    {{access}} var redactedMembers: [(name: String, isSet: Bool)] {
        [
{{#securitySchemes}}
            ({{nameLiteral}}, {{name}} != nil){{separator}}
{{/securitySchemes}}
        ]
    }
}

extension Credentials {
    /// The security schemes, as the operations' requirements name them.
    enum Scheme: Sendable {
{{#securitySchemes}}
        case {{name}}
{{/securitySchemes}}
    }

    /// The credential of one scheme as it goes on the wire, or `nil` when its member is not set.
    func credential(_ scheme: Scheme) -> Credential? {
        switch scheme {
{{#securitySchemes}}
        case .{{name}}:
{{#isAPIKey}}
            return {{name}}.map { .{{#inHeader}}header{{/inHeader}}{{#inQuery}}query{{/inQuery}}{{#inCookie}}cookie{{/inCookie}}({{keyNameLiteral}}, $0) }
{{/isAPIKey}}
{{#isBearer}}
            return {{name}}.map(Credential.bearer)
{{/isBearer}}
{{#isBasic}}
            return {{name}}.map(Credential.basic)
{{/isBasic}}
{{/securitySchemes}}
        }
    }

    /// The credentials of the first alternative whose schemes are all set, or none.
    func credentials(forAnyOf alternatives: [[Scheme]]) -> [Credential] {
        Credential.firstComplete(alternatives, credential)
    }
}
{{/hasCredentials}}
{{/client}}

"""#,
        "enum": #"""
{{% CONTENT_TYPE: TEXT}}
{{#doc}}
{{.}}
{{/doc}}
///
/// The enum is open: a value the spec does not list decodes as `{{fallbackCase}}` and encodes back unchanged.
{{access}} enum {{name}}: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
{{#cases}}
    case {{name}}
{{/cases}}
    /// A value this version of the spec does not list.
    case {{fallbackCase}}({{rawType}})

    {{access}} init(rawValue: {{rawType}}) {
        switch rawValue {
{{#cases}}
        case {{literal}}: self = .{{name}}
{{/cases}}
        default: self = .{{fallbackCase}}(rawValue)
        }
    }

    {{access}} var rawValue: {{rawType}} {
        switch self {
{{#cases}}
        case .{{name}}: return {{literal}}
{{/cases}}
        case .{{fallbackCase}}(let value): return value
        }
    }

    {{access}} var description: String { String(describing: rawValue) }
}

"""#,
        "example-tests": #"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

import Foundation
import Testing
@testable import {{moduleName}}

/// An example from the spec and the generated type it must decode into.
struct SpecExample: Sendable, CustomTestStringConvertible {
    let source: String
    let json: String
    let decode: @Sendable (Data) throws -> Void

    init<Value: Decodable & Sendable>(_ source: String, _ type: Value.Type, _ json: String) {
        self.source = source
        self.json = json
        self.decode = { data in _ = try JSONCoding.decoder().decode(Value.self, from: data) }
    }

    var testDescription: String { source }
}

// The examples are listed a group per function, and the groups joined here: one array literal of
// thousands of calls would take the compiler far more time and memory than the same calls in
// short lists.
let specExamples: [SpecExample] = Array(([
{{#groups}}
    specExamples{{number}}(){{separator}}
{{/groups}}
] as [[SpecExample]]).joined())

{{#groups}}
func specExamples{{number}}() -> [SpecExample] {
    [
{{#examples}}
        SpecExample({{sourceLiteral}}, {{qualifiedType}}.self, {{jsonLiteral}}){{separator}}
{{/examples}}
    ]
}

{{/groups}}
@Test(arguments: specExamples)
func specExampleDecodes(_ example: SpecExample) throws {
    try example.decode(Data(example.json.utf8))
}

"""#,
        "header-value": #"""
{{% CONTENT_TYPE: TEXT}}{{#isArray}}{{name}}.map(\.description).joined(separator: ","){{/isArray}}{{^isArray}}{{name}}.description{{/isArray}}
"""#,
        "idempotency-key": #"""
{{% CONTENT_TYPE: TEXT}}
{{! With a retry policy, a call that gives no Idempotency-Key gets one (see RetryPolicy), set before the first attempt so every attempt sends it. }}
{{#declaresIdempotencyKey}}
        if sender.retryPolicy != nil, request.headerFields[HTTPField.Name({{idempotencyKeyLiteral}})!] == nil {
            request.headerFields[HTTPField.Name({{idempotencyKeyLiteral}})!] = UUID().uuidString
        }
{{/declaresIdempotencyKey}}

"""#,
        "model": #"""
{{% CONTENT_TYPE: TEXT}}
{{#isStruct}}
{{>struct}}
{{/isStruct}}
{{#isEnum}}
{{>enum}}
{{/isEnum}}
{{#isUnion}}
{{>union}}
{{/isUnion}}
{{#isTypealias}}
{{>typealias}}
{{/isTypealias}}

"""#,
        "models": #"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

{{#imports}}
import {{.}}
{{/imports}}
{{#models}}

{{>model}}
{{/models}}

"""#,
        "operation": #"""
{{% CONTENT_TYPE: TEXT}}
{{! locals: operationID query cookies cookieHeader request encodedBody response sender credentials }}
{{#doc}}
    {{.}}
{{/doc}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}} func {{methodName}}(
{{#parameters}}
        {{label}}{{#hasInternalName}} {{name}}{{/hasInternalName}}: {{type}}{{#isOptional}}? = nil{{/isOptional}}{{separator}}
{{/parameters}}
    ) async throws -> {{outputType}} {
        let operationID = {{operationIDLiteral}}
{{#parameters}}
{{#hasConstraints}}
{{#isOptional}}
        if let {{name}} {
{{#constraints}}
            {{>validation}}
{{/constraints}}
        }
{{/isOptional}}
{{^isOptional}}
{{#constraints}}
        {{>validation}}
{{/constraints}}
{{/isOptional}}
{{/hasConstraints}}
{{/parameters}}
{{#hasQuery}}
        var query = QueryString()
{{/hasQuery}}
{{#queryParameters}}
        {{>query-item}}
{{/queryParameters}}
{{#hasCookies}}
        var cookies = CookieString()
{{/hasCookies}}
{{#cookieParameters}}
{{#isArray}}
        cookies.append({{nameLiteral}}, {{name}}{{#isOptional}}?{{/isOptional}}.map(\.description).joined(separator: ","))
{{/isArray}}
{{^isArray}}
        cookies.append({{nameLiteral}}, {{name}})
{{/isArray}}
{{/cookieParameters}}
        {{#setsHeaderFields}}var{{/setsHeaderFields}}{{^setsHeaderFields}}let{{/setsHeaderFields}} request = HTTPRequest(
            method: .{{httpMethod}},
            scheme: nil,
            authority: nil,
            path: {{#pathPieces}}{{#isArgument}}URIEncoding.pathSegment({{argument}}){{/isArgument}}{{^isArgument}}{{literal}}{{/isArgument}}{{^isLast}} + {{/isLast}}{{/pathPieces}}{{#hasQuery}} + query.encoded{{/hasQuery}}
        )
{{#hasAccept}}
        request.headerFields[.accept] = {{acceptLiteral}}
{{/hasAccept}}
{{#headerParameters}}
{{#isOptional}}
        if let {{name}} {
            request.headerFields[HTTPField.Name({{nameLiteral}})!] = {{>header-value}}
        }
{{/isOptional}}
{{^isOptional}}
        request.headerFields[HTTPField.Name({{nameLiteral}})!] = {{>header-value}}
{{/isOptional}}
{{/headerParameters}}
{{>idempotency-key}}
{{#hasCookies}}
        if let cookieHeader = cookies.encoded {
            request.headerFields[.cookie] = cookieHeader
        }
{{/hasCookies}}
{{#hasRequestBody}}
{{^hasBodyContents}}
        let encodedBody = try RequestBodies.{{>request-body}}({{bodyArgument}}, contentType: {{contentTypeLiteral}}{{#hasPartContentTypes}}, partContentTypes: [{{#partContentTypes}}{{nameLiteral}}: {{contentTypeLiteral}}{{separator}}{{/partContentTypes}}]{{/hasPartContentTypes}})
{{/hasBodyContents}}
{{#hasBodyContents}}
        let encodedBody: EncodedBody?
        switch {{bodyArgument}} {
{{#bodyContents}}
        case .{{caseName}}(let value){{#bodyIsOptional}}?{{/bodyIsOptional}}:
            encodedBody = try RequestBodies.{{>request-body}}(value, contentType: {{contentTypeLiteral}}{{#hasPartContentTypes}}, partContentTypes: [{{#partContentTypes}}{{nameLiteral}}: {{contentTypeLiteral}}{{separator}}{{/partContentTypes}}]{{/hasPartContentTypes}})
{{/bodyContents}}
{{#bodyIsOptional}}
        case nil:
            encodedBody = nil
{{/bodyIsOptional}}
        }
{{/hasBodyContents}}
        if let encodedBody {
            request.headerFields[.contentType] = encodedBody.contentType
        }
{{/hasRequestBody}}
{{#usesCredentials}}
        let credentials = self.credentials.credentials(forAnyOf: [{{#securityAlternatives}}[{{#schemes}}.{{name}}{{separator}}{{/schemes}}]{{separator}}{{/securityAlternatives}}])
{{/usesCredentials}}
        return try await sender.send(request, body: {{#hasRequestBody}}encodedBody?.body{{/hasRequestBody}}{{^hasRequestBody}}nil{{/hasRequestBody}}, operationID: operationID{{#usesCredentials}}, credentials: credentials{{/usesCredentials}}) { response in
            switch response.status {
{{#successes}}
            case {{#isCode}}{{code}}{{/isCode}}{{#isRange}}{{rangeStart}}..<{{rangeEnd}}{{/isRange}}{{#isDefault}}_{{/isDefault}}:
                return {{outputType}}(
                    status: response.status,
{{#hasBody}}
                    body: {{#isCase}}.{{caseName}}{{#hasValue}}({{>response-body}}){{/hasValue}}{{/isCase}}{{^isCase}}{{>response-body}}{{/isCase}},
{{/hasBody}}
                    headerFields: response.headerFields
                )
{{/successes}}
            default:
                throw sender.failure({{failureBodyType}}.self, from: response, operationID: operationID)
            }
        }
    }

"""#,
        "operation-list": #"""
{{% CONTENT_TYPE: TEXT}}
{{#hasOperations}}

extension {{clientTypeName}} {
{{/hasOperations}}
{{#operations}}

{{>operation}}
{{>pagination}}
{{/operations}}
{{#hasOperations}}
}
{{/hasOperations}}
{{#operations}}

{{>output}}
{{#hasBodyContents}}

{{#requestBodyDoc}}
{{.}}
{{/requestBodyDoc}}
{{access}} enum {{requestBodyType}}: Hashable, Sendable {
{{#bodyContents}}
{{#doc}}
    {{.}}
{{/doc}}
    case {{caseName}}({{type}})
{{/bodyContents}}
}
{{/hasBodyContents}}
{{#hasParameterTypes}}

{{#parameterTypesDoc}}
{{.}}
{{/parameterTypesDoc}}
{{access}} enum {{parameterTypesName}} {
{{#parameterTypes}}

{{indentIn}}
{{>model}}
{{indentOut}}
{{/parameterTypes}}
}
{{/hasParameterTypes}}
{{#types}}

{{>model}}
{{/types}}
{{/operations}}

"""#,
        "operations": #"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

{{#imports}}
import {{.}}
{{/imports}}
{{>operation-list}}

"""#,
        "output": #"""
{{% CONTENT_TYPE: TEXT}}
{{#outputDoc}}
{{.}}
{{/outputDoc}}
{{#hasBody}}
{{^hasBodyEnum}}
///
/// Body:
{{#bodyDoc}}
{{.}}
{{/bodyDoc}}
{{/hasBodyEnum}}
{{/hasBody}}
{{access}} typealias {{outputType}} = OperationOutput<{{outputBodyType}}>
{{#hasBodyEnum}}

/// The body of `{{outputType}}`, by status.
{{access}} enum {{bodyType}}: Sendable {
{{#bodyCases}}
{{#hasValue}}
    case {{name}}({{type}})
{{/hasValue}}
{{^hasValue}}
    case {{name}}
{{/hasValue}}
{{/bodyCases}}
}
{{/hasBodyEnum}}

"""#,
        "pagination": #"""
{{% CONTENT_TYPE: TEXT}}
{{! The page and item sequences of a cursor-paginated operation (see PaginationContext), after its method. }}
{{#pagination}}

{{#pagesDoc}}
    {{.}}
{{/pagesDoc}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}} func {{pagesMethodName}}(
{{#parameters}}
        {{label}}{{#hasInternalName}} {{name}}{{/hasInternalName}}: {{type}}{{#isOptional}}? = nil{{/isOptional}}{{separator}}
{{/parameters}}
    ) -> PageSequence<{{outputType}}> {
        PageSequence {
            try await self.{{methodName}}(
{{#arguments}}
                {{label}}: {{#isCursor}}$0{{/isCursor}}{{^isCursor}}{{name}}{{/isCursor}}{{separator}}
{{/arguments}}
            )
        } nextCursor: {
            $0.body{{#nextPath}}.{{name}}{{#isOptionalChain}}?{{/isOptionalChain}}{{/nextPath}}
        }
    }

{{#itemsDoc}}
    {{.}}
{{/itemsDoc}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}} func {{itemsMethodName}}(
{{#parameters}}
        {{label}}{{#hasInternalName}} {{name}}{{/hasInternalName}}: {{type}}{{#isOptional}}? = nil{{/isOptional}}{{separator}}
{{/parameters}}
    ) -> PageItemSequence<{{outputType}}, {{itemType}}> {
        {{pagesMethodName}}({{#hasParameters}}
{{#pageArguments}}
            {{label}}: {{name}}{{separator}}
{{/pageArguments}}
        {{/hasParameters}}).items {
            $0.body{{#itemsPath}}.{{name}}{{#isOptionalChain}}?{{/isOptionalChain}}{{/itemsPath}}{{#itemsMayBeAbsent}} ?? []{{/itemsMayBeAbsent}}
        }
    }
{{/pagination}}

"""#,
        "part": #"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

{{#imports}}
import {{.}}
{{/imports}}
{{#models}}

{{>model}}
{{/models}}
{{>operation-list}}

"""#,
        "query-item": #"""
{{% CONTENT_TYPE: TEXT}}
{{! How one query parameter is added to the query string (the support file's QueryString). }}
{{#isScalar}}
query.append({{nameLiteral}}, {{name}})
{{/isScalar}}
{{#isObject}}
try query.appendObject({{nameLiteral}}, {{name}}, deep: {{#isDeepObject}}true{{/isDeepObject}}{{^isDeepObject}}false{{/isDeepObject}})
{{/isObject}}
{{#isExploded}}
query.appendEach({{nameLiteral}}, {{name}})
{{/isExploded}}
{{#isCommaDelimited}}
query.appendJoined({{nameLiteral}}, {{name}}, separator: ",")
{{/isCommaDelimited}}
{{#isSpaceDelimited}}
query.appendJoined({{nameLiteral}}, {{name}}, separator: "%20")
{{/isSpaceDelimited}}
{{#isPipeDelimited}}
query.appendJoined({{nameLiteral}}, {{name}}, separator: "%7C")
{{/isPipeDelimited}}

"""#,
        "request-body": #"""
{{% CONTENT_TYPE: TEXT}}{{#sendsJSON}}json{{/sendsJSON}}{{#sendsForm}}form{{/sendsForm}}{{#sendsMultipart}}multipart{{/sendsMultipart}}{{#sendsBinary}}binary{{/sendsBinary}}{{#sendsText}}text{{/sendsText}}
"""#,
        "response-body": #"""
{{% CONTENT_TYPE: TEXT}}{{#readsJSON}}try sender.decode({{decodedType}}.self, from: response, operationID: operationID){{/readsJSON}}{{#readsText}}String(decoding: response.body, as: UTF8.self){{/readsText}}{{#readsData}}response.body{{/readsData}}
"""#,
        "struct": #"""
{{% CONTENT_TYPE: TEXT}}
{{$modelDoc}}
{{#doc}}
{{.}}
{{/doc}}
{{/modelDoc}}
{{access}} struct {{name}}: {{$conformances}}ObjectModel{{/conformances}} {
{{#properties}}
{{#doc}}
    {{.}}
{{/doc}}
{{#deprecated}}
    @available(*, deprecated)
    {{access}} var {{name}}: {{type}} {
        get { {{storageName}} }
        set { {{storageName}} = newValue }
    }
{{/deprecated}}
{{#isIndirect}}
    @Indirect
{{/isIndirect}}
    {{^deprecated}}{{access}} {{/deprecated}}var {{storageName}}: {{type}}
{{/properties}}
{{#variantProperty}}
{{#doc}}
    {{.}}
{{/doc}}
    {{access}} var {{name}}: {{type}}
{{/variantProperty}}

    {{access}} init(
{{#properties}}
        {{name}}: {{type}}{{#hasDefault}} = {{defaultValue}}{{/hasDefault}}{{separator}}
{{/properties}}
{{#variantProperty}}
        {{name}}: {{type}}
{{/variantProperty}}
    ) {
{{#properties}}
        self.{{storageName}} = {{name}}
{{/properties}}
{{#variantProperty}}
        self.{{name}} = {{name}}
{{/variantProperty}}
    }

    {{access}} init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONKey.self)
{{#properties}}
        self.{{storageName}} = try container.{{#decodesIfPresent}}readIfPresent{{/decodesIfPresent}}{{^decodesIfPresent}}read{{/decodesIfPresent}}({{jsonKey}})
{{/properties}}
{{#variantProperty}}
        self.{{name}} = try {{type}}(from: decoder)
{{/variantProperty}}
    }

    {{access}} static func visitProperties<Visitor: PropertyVisitor<Self>>(_ visitor: inout Visitor) {
{{#variantProperty}}
        visitor.visitVariant(\.{{name}})
{{/variantProperty}}
{{#properties}}
        visitor.{{#isReadOnly}}visitReadOnly{{/isReadOnly}}{{^isReadOnly}}{{#isRequiredInRequests}}visitWriteOnly{{/isRequiredInRequests}}{{^isRequiredInRequests}}{{#isOptional}}visitIfPresent{{/isOptional}}{{^isOptional}}visit{{/isOptional}}{{/isRequiredInRequests}}{{/isReadOnly}}(\.{{storageName}}, {{jsonKey}})
{{#hasPattern}}
        visitor.{{#hasOptionalType}}matchIfPresent{{/hasOptionalType}}{{^hasOptionalType}}match{{/hasOptionalType}}(\.{{storageName}}, {{jsonKey}}, {{patternLiteral}})
{{/hasPattern}}
{{/properties}}
    }
    {{$members}}{{/members}}
{{#nested}}

{{indentIn}}
{{>model}}
{{indentOut}}
{{/nested}}
}

"""#,
        "support": #"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

{{#imports}}
import {{.}}
{{/imports}}

/// Thrown when the server answers with a status the operation does not document as a success.
///
/// `Body` is the type of the documented error body (the `default` response's schema); `body` is
/// `nil` when the response carried no body or one that does not decode as `Body` (the bytes are
/// always in `rawBody`).
{{access}} struct APIError<Body: Decodable & Sendable>: Error, Sendable, CustomStringConvertible {
    /// The operation that failed (its `operationId`).
    {{access}} var operationID: String
    /// The HTTP status code.
    {{access}} var status: Int
    /// The decoded error body, when there was one that matched the documented schema.
    {{access}} var body: Body?
    /// Every header of the response.
    {{access}} var headerFields: HTTPFields
    /// The response body as received.
    {{access}} var rawBody: Data

    {{access}} init(operationID: String, status: Int, body: Body?, headerFields: HTTPFields, rawBody: Data) {
        self.operationID = operationID
        self.status = status
        self.body = body
        self.headerFields = headerFields
        self.rawBody = rawBody
    }

    /// The value of a response header, by case-insensitive name.
    {{access}} func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headerFields[$0] }
    }

    {{access}} var description: String {
        "\(operationID) failed with HTTP status \(status)"
    }
}

/// Thrown when a documented response body does not decode as its schema's type.
{{access}} struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    {{access}} var operationID: String
    {{access}} var status: Int
    {{access}} var headerFields: HTTPFields
    {{access}} var rawBody: Data
    /// The decoder's error, usually a `DecodingError` that names the failing key path.
    {{access}} var underlyingError: any Error

    {{access}} init(operationID: String, status: Int, headerFields: HTTPFields, rawBody: Data, underlyingError: any Error) {
        self.operationID = operationID
        self.status = status
        self.headerFields = headerFields
        self.rawBody = rawBody
        self.underlyingError = underlyingError
    }

    {{access}} var description: String {
        "\(operationID): the HTTP \(status) response body does not match its schema: \(underlyingError)"
    }
}

/// Thrown when a response body is larger than the client's `maxResponseBodySize`.
{{access}} struct ResponseTooLargeError: Error, Sendable, CustomStringConvertible {
    {{access}} var operationID: String
    {{access}} var status: Int
    {{access}} var headerFields: HTTPFields
    /// The limit that was exceeded, in bytes.
    {{access}} var limit: Int

    {{access}} var description: String {
        "\(operationID): the HTTP \(status) response body is larger than \(limit) bytes"
    }
}

/// Thrown before a request is sent when an argument breaks a constraint of the spec.
{{access}} struct RequestValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The parameter's name as the spec writes it; for a property of a request body, its path in
    /// the body (`owner.handle`, `items[0].code`).
    {{access}} var parameter: String
    /// What is wrong, e.g. `must be at least 1`.
    {{access}} var problem: String

    {{access}} init(parameter: String, problem: String) {
        self.parameter = parameter
        self.problem = problem
    }

    {{access}} var description: String { "'\(parameter)' \(problem)" }
}

/// Checks arguments against the spec's constraints before anything is sent.
enum Validate {
    static func minLength(_ value: String, _ minimum: Int, parameter: String) throws(RequestValidationError) {
        if value.unicodeScalars.count < minimum {
            throw RequestValidationError(parameter: parameter, problem: "must be at least \(minimum) character\(minimum == 1 ? "" : "s") long")
        }
    }

    static func maxLength(_ value: String, _ maximum: Int, parameter: String) throws(RequestValidationError) {
        if value.unicodeScalars.count > maximum {
            throw RequestValidationError(parameter: parameter, problem: "must be at most \(maximum) character\(maximum == 1 ? "" : "s") long")
        }
    }

    static func minimum<Value: Comparable>(_ value: Value, _ minimum: Value, parameter: String) throws(RequestValidationError) {
        if value < minimum {
            throw RequestValidationError(parameter: parameter, problem: "must be at least \(minimum)")
        }
    }

    static func maximum<Value: Comparable>(_ value: Value, _ maximum: Value, parameter: String) throws(RequestValidationError) {
        if value > maximum {
            throw RequestValidationError(parameter: parameter, problem: "must be at most \(maximum)")
        }
    }

    static func above<Value: Comparable>(_ value: Value, _ bound: Value, parameter: String) throws(RequestValidationError) {
        if value <= bound {
            throw RequestValidationError(parameter: parameter, problem: "must be greater than \(bound)")
        }
    }

    static func below<Value: Comparable>(_ value: Value, _ bound: Value, parameter: String) throws(RequestValidationError) {
        if value >= bound {
            throw RequestValidationError(parameter: parameter, problem: "must be less than \(bound)")
        }
    }

    static func minCount(_ values: [some Any], _ minimum: Int, parameter: String) throws(RequestValidationError) {
        if values.count < minimum {
            throw RequestValidationError(parameter: parameter, problem: "must have at least \(minimum) item\(minimum == 1 ? "" : "s")")
        }
    }

    static func maxCount(_ values: [some Any], _ maximum: Int, parameter: String) throws(RequestValidationError) {
        if values.count > maximum {
            throw RequestValidationError(parameter: parameter, problem: "must have at most \(maximum) item\(maximum == 1 ? "" : "s")")
        }
    }

    /// A `pattern` matches anywhere in the value unless it is anchored (`^…$`), as JSON Schema
    /// says. The generator only lets through patterns in a part of ECMA-262 that
    /// NSRegularExpression compiles; should one not compile all the same, it is not checked.
    static func pattern(_ value: String, _ pattern: String, parameter: String) throws(RequestValidationError) {
        guard let regex = patterns.regex(pattern) else { return }
        if regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) == nil {
            throw RequestValidationError(parameter: parameter, problem: "must match the pattern \(pattern)")
        }
    }

    private static let patterns = CompiledPatterns()

    /// Each pattern compiled once, the first time a value is checked against it.
    private final class CompiledPatterns: @unchecked Sendable {
        private let lock = NSLock()
        private var compiled: [String: NSRegularExpression?] = [:]

        func regex(_ pattern: String) -> NSRegularExpression? {
            lock.withLock {
                if let known = compiled[pattern] { return known }
                let regex = try? NSRegularExpression(pattern: pattern)
                compiled[pattern] = regex
                return regex
            }
        }
    }
}

/// Percent-encoding for the parts of a request target.
enum URIEncoding {
    /// Encodes a value as one path segment: everything but unreserved characters
    /// (`A-Z a-z 0-9 - . _ ~`) is percent-encoded, so `/`, `?` and `#` cannot change the path, and
    /// the dot segments `.` and `..` are encoded too, so they cannot climb to another endpoint.
    static func pathSegment(_ value: some CustomStringConvertible) -> String {
        let text = value.description
        if text == "." || text == ".." {
            return String(repeating: "%2E", count: text.count)
        }
        return encode(text)
    }

    /// Encodes a query name or value: everything but unreserved characters is percent-encoded, so
    /// `+`, `=`, `&` and `/` reach the server as written.
    static func queryComponent(_ value: String) -> String {
        encode(value)
    }

    private static func encode(_ value: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(hex[Int(byte >> 4)])
                encoded.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return encoded
    }
}

/// Builds a query string (`?a=1&b=2`) from optional values, in the order they are added.
struct QueryString {
    private var items: [String] = []

    /// Adds `name=value` when `value` is not `nil` (form style, as OpenAPI's default for queries).
    mutating func append(_ name: String, _ value: (some CustomStringConvertible)?) {
        guard let value else { return }
        items.append(URIEncoding.queryComponent(name) + "=" + URIEncoding.queryComponent(value.description))
    }

    /// Adds `name=value` once for each value (form style, exploded).
    mutating func appendEach(_ name: String, _ values: [some CustomStringConvertible]?) {
        for value in values ?? [] {
            append(name, value)
        }
    }

    /// Adds `name=v1<separator>v2…` (form style not exploded, or space/pipe delimited). The separator
    /// is written as given; the values are encoded.
    mutating func appendJoined(_ name: String, _ values: [some CustomStringConvertible]?, separator: String) {
        guard let values else { return }
        let joined = values.map { URIEncoding.queryComponent($0.description) }.joined(separator: separator)
        items.append(URIEncoding.queryComponent(name) + "=" + joined)
    }

    /// Adds an object's properties: `name[key]=value` pairs (deepObject style) or `key=value`
    /// pairs (form style, exploded).
    mutating func appendObject(_ name: String, _ value: (some Encodable)?, deep: Bool) throws {
        guard let value else { return }
        for (key, field) in try FormFields.flatten(value, prefix: deep ? name : nil) {
            append(key, field.text)
        }
    }

    /// `""` without items, else `?` and the items joined by `&`.
    var encoded: String {
        items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}

/// Builds a `Cookie` header value (`a=1; b=2`) from optional values; values are percent-encoded.
struct CookieString {
    private var items: [String] = []

    mutating func append(_ name: String, _ value: (some CustomStringConvertible)?) {
        guard let value else { return }
        items.append(name + "=" + URIEncoding.queryComponent(value.description))
    }

    /// `nil` without items.
    var encoded: String? {
        items.isEmpty ? nil : items.joined(separator: "; ")
    }
}

/// A response as received: status, headers and the whole body.
struct RawResponse: Sendable {
    var status: Int
    var headerFields: HTTPFields
    var body: Data
}

/// What an operation returns: the status, the decoded body and the headers of a success response.
/// Each operation names its own (`GetPetOutput = OperationOutput<Pet>`); accessors for the
/// response headers the spec documents are declared in the client file.
{{access}} struct OperationOutput<Body: Sendable>: Sendable {
    /// The HTTP status code.
    {{access}} var status: Int
    /// The decoded body (`Void` when the response has none).
    {{access}} var body: Body
    /// Every header of the response.
    {{access}} var headerFields: HTTPFields

    {{access}} init(status: Int, body: Body, headerFields: HTTPFields) {
        self.status = status
        self.body = body
        self.headerFields = headerFields
    }
}

extension OperationOutput where Body == Void {
    {{access}} init(status: Int, headerFields: HTTPFields) {
        self.init(status: status, body: (), headerFields: headerFields)
    }
}

/// Sends a request through the middlewares and the transport, and reads the whole response body.
struct RequestSender: Sendable {
    var serverURL: URL
    var transport: any ClientTransport
    var middlewares: [any ClientMiddleware]
    var maxResponseBodySize: Int
    /// When and how requests are sent again; `nil` sends each once (see `send(_:body:operationID:)`).
    var retryPolicy: RetryPolicy? = nil

    /// Sends the request and turns the response into the operation's output.
    func send<Output>(
        _ request: HTTPRequest, body: HTTPBody?, operationID: String, credentials: [Credential] = [],
        output: (RawResponse) throws -> Output
    ) async throws -> Output {
        try output(try await send(request, body: body, operationID: operationID, credentials: credentials))
    }

    /// One attempt: through the middlewares and the transport, and the whole response body read.
    func sendAttempt(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> RawResponse {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            [transport] request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: inner)
            }
        }
        let (response, responseBody) = try await next(request, body, Self.trimmingTrailingSlashes(serverURL))
        var data = Data()
        if let responseBody {
            // Read chunk by chunk so an over-size body fails with the status and headers kept, and
            // transport errors while reading reach the caller unchanged.
            for try await chunk in responseBody {
                guard data.count + chunk.count <= maxResponseBodySize else {
                    throw ResponseTooLargeError(
                        operationID: operationID, status: response.status.code, headerFields: response.headerFields,
                        limit: maxResponseBodySize
                    )
                }
                data.append(contentsOf: chunk)
            }
        }
        return RawResponse(status: response.status.code, headerFields: response.headerFields, body: data)
    }

    /// `https://host/v1/` and `https://host/v1` are the same server: paths start with `/`, so a
    /// trailing slash would double it.
    static func trimmingTrailingSlashes(_ url: URL) -> URL {
        var text = url.absoluteString
        while text.hasSuffix("/"), !text.hasSuffix("://") {
            text.removeLast()
        }
        return URL(string: text) ?? url
    }

    /// Decodes a documented JSON body, wrapping a failure with the response it came from.
    func decode<Value: Decodable>(_ type: Value.Type, from response: RawResponse, operationID: String) throws -> Value {
        do {
            return try JSONCoding.decoder().decode(Value.self, from: response.body)
        } catch {
            throw ResponseDecodingError(
                operationID: operationID, status: response.status, headerFields: response.headerFields,
                rawBody: response.body, underlyingError: error
            )
        }
    }

    /// The error for a status the operation does not document as a success.
    func failure<Body: Decodable & Sendable>(_ type: Body.Type, from response: RawResponse, operationID: String) -> APIError<Body> {
        let decoded = response.body.isEmpty ? nil : try? JSONCoding.decoder().decode(Body.self, from: response.body)
        return APIError(
            operationID: operationID, status: response.status, body: decoded,
            headerFields: response.headerFields, rawBody: response.body
        )
    }
}

// MARK: - Credentials (security schemes)

/// A username and password for HTTP basic authentication. Its `description`, `debugDescription`
/// and mirror never show them.
{{access}} struct BasicCredentials: Hashable, Sendable, RedactedDescription {
    {{access}} var username: String
    {{access}} var password: String

    {{access}} init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    {{access}} var redactedMembers: [(name: String, isSet: Bool)] {
        [("username", true), ("password", true)]
    }
}

/// A value that holds secrets: its `description`, `debugDescription` and mirror (`dump`,
/// debuggers) name its members and whether each is set, never what they hold:
/// `Credentials(apiKey: <redacted>, token: nil)`.
{{access}} protocol RedactedDescription: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The members, in order, and whether each is set.
    var redactedMembers: [(name: String, isSet: Bool)] { get }
}

extension RedactedDescription {
    {{access}} var description: String {
        let members = redactedMembers.map { $0.name + ": " + ($0.isSet ? "<redacted>" : "nil") }
        return String(describing: Self.self) + "(" + members.joined(separator: ", ") + ")"
    }

    {{access}} var debugDescription: String {
        description
    }

    {{access}} var customMirror: Mirror {
        Mirror(self, children: redactedMembers.map { member -> Mirror.Child in (label: member.name, value: member.isSet ? "<redacted>" : "nil") })
    }
}

/// One credential as it goes on the wire, made from the client's `Credentials` for the schemes an
/// operation requires.
struct Credential: Sendable {
    enum Place: Sendable {
        case header, query, cookie
    }

    var place: Place
    var name: String
    var value: String

    static func header(_ name: String, _ value: String) -> Credential {
        Credential(place: .header, name: name, value: value)
    }

    static func query(_ name: String, _ value: String) -> Credential {
        Credential(place: .query, name: name, value: value)
    }

    static func cookie(_ name: String, _ value: String) -> Credential {
        Credential(place: .cookie, name: name, value: value)
    }

    static func bearer(_ token: String) -> Credential {
        .header("Authorization", "Bearer " + token)
    }

    static func basic(_ credentials: BasicCredentials) -> Credential {
        .header("Authorization", "Basic " + Data((credentials.username + ":" + credentials.password).utf8).base64EncodedString())
    }

    /// The credentials of the first alternative whose schemes all have one; none when no
    /// alternative is complete, so the request goes without (and a middleware may add them).
    static func firstComplete<Scheme>(_ alternatives: [[Scheme]], _ credential: (Scheme) -> Credential?) -> [Credential] {
        for alternative in alternatives {
            let found = alternative.compactMap(credential)
            if found.count == alternative.count { return found }
        }
        return []
    }

    /// The request with the credentials added: header fields set (replacing a field of the same
    /// name), query items appended to the query string percent-encoded, cookies joined to the
    /// `Cookie` header.
    static func applying(_ credentials: [Credential], to request: HTTPRequest) -> HTTPRequest {
        var request = request
        for credential in credentials {
            switch credential.place {
            case .header:
                if let name = HTTPField.Name(credential.name) {
                    request.headerFields[name] = credential.value
                }
            case .query:
                var query = QueryString()
                query.append(credential.name, credential.value)
                let path = request.path ?? ""
                let item = String(query.encoded.dropFirst())
                request.path = path + (path.contains("?") ? "&" : "?") + item
            case .cookie:
                var cookies = CookieString()
                cookies.append(credential.name, credential.value)
                let cookie = cookies.encoded ?? ""
                request.headerFields[.cookie] = request.headerFields[.cookie].map { $0 + "; " + cookie } ?? cookie
            }
        }
        return request
    }
}

// MARK: - Typed response headers

/// Reads response header values as the types their schemas give; a value that does not parse is
/// `nil`, like a missing one.
enum HeaderValues {
    /// `Int`, `Int32`, `Int64`, `Double` or `Float`, as Swift writes them.
    static func number<Value: LosslessStringConvertible>(_ text: String?) -> Value? {
        text.flatMap(Value.init)
    }

    /// `true` or `false`, in any case.
    static func bool(_ text: String?) -> Bool? {
        switch text?.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// An ISO 8601 date-time (as `date-time` says), or an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`,
    /// as `Last-Modified` and `Expires` are written).
    static func date(_ text: String?) -> Date? {
        text.flatMap { DateText.iso8601($0) ?? DateText.http($0) }
    }

    static func uuid(_ text: String?) -> UUID? {
        text.flatMap(UUID.init(uuidString:))
    }

    /// A value of an enum by its raw value (an open enum keeps a value it does not list).
    static func enumValue<Value: RawRepresentable>(_ text: String?) -> Value? where Value.RawValue: LosslessStringConvertible {
        text.flatMap(Value.RawValue.init).flatMap(Value.init(rawValue:))
    }
}

/// Dates written as text.
enum DateText {
    /// An RFC 3339 date-time (`T` and `Z` in either case), with or without fractional seconds. The
    /// fraction is read to every digit written and added to the whole seconds, so that
    /// `iso8601(_: Date)` writes back the same milliseconds. Up to microseconds, the date is the
    /// one `Date(timeIntervalSince1970: Double(milliseconds) / 1000)` makes (whole seconds and
    /// fraction joined as integers, divided once): adding the fraction to the whole seconds as
    /// a `Double` rounds twice, and a third of such dates would compare unequal to the date they
    /// were written from.
    static func iso8601(_ text: String) -> Date? {
        let text = text.uppercased()
        guard let dot = text.firstIndex(of: ".") else { return try? Date.ISO8601FormatStyle().parse(text) }
        let digits = text[text.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let fraction = Double("0." + digits),
              let whole = try? Date.ISO8601FormatStyle().parse(String(text[..<dot] + text[digits.endIndex...]))
        else { return nil }
        if digits.count <= 6, let units = Int(digits) {
            let scale = (0..<digits.count).reduce(1.0) { value, _ in value * 10 }
            return Date(timeIntervalSince1970: (whole.timeIntervalSince1970 * scale + Double(units)) / scale)
        }
        return whole.addingTimeInterval(fraction)
    }

    /// A date-time as RFC 3339 in UTC with milliseconds (`2022-05-06T07:08:09.007Z`), or with
    /// microseconds when the date has them, rounded to the nearest (a `Date` is binary: cutting
    /// would turn the `.007` that was read into `.006`).
    static func iso8601(_ date: Date) -> String {
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let seconds = (microseconds / 1_000_000).rounded(.down)
        let fraction = Int(microseconds - seconds * 1_000_000)
        let whole = Date.ISO8601FormatStyle().format(Date(timeIntervalSince1970: seconds))
        let digits = fraction % 1000 == 0 ? String(fraction / 1000) : String(fraction)
        let width = fraction % 1000 == 0 ? 3 : 6
        return String(whole.dropLast()) + "." + String(repeating: "0", count: width - digits.count) + digits + "Z"
    }

    /// An HTTP date in the preferred format of RFC 9110 (IMF-fixdate).
    static func http(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE',' dd MMM yyyy HH':'mm':'ss 'GMT'"
        return formatter.date(from: text)
    }
}

/// The JSON coders of the generated code: dates are RFC 3339 (`date-time`), with or without
/// fractional seconds, and written with the milliseconds they were read with.
enum JSONCoding {
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = DateText.iso8601(text) {
                return date
            }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 date-time")
        }
        return decoder
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(DateText.iso8601(date))
        }
        return encoder
    }

    /// The encoder of request bodies: models see `isRequest` and leave out their read-only
    /// properties, require their required write-only ones and check their patterns.
    static func requestEncoder() -> JSONEncoder {
        let encoder = encoder()
        encoder.userInfo[requestKey] = true
        return encoder
    }

    /// Whether `encoder` is encoding a request body (see `requestEncoder`).
    static func isRequest(_ encoder: any Encoder) -> Bool {
        encoder.userInfo[requestKey] as? Bool == true
    }

    private static let requestKey = CodingUserInfoKey(rawValue: "openapi-swift-gen.request")!

}

/// A request body ready to send, with its `Content-Type`.
struct EncodedBody: Sendable {
    var body: HTTPBody
    var contentType: String
}

/// Encodes request bodies by content type. `nil` in, `nil` out (an optional body left out).
enum RequestBodies {
    static func json(_ value: (some Encodable)?, contentType: String) throws -> EncodedBody? {
        guard let value else { return nil }
        return EncodedBody(body: HTTPBody(try JSONCoding.requestEncoder().encode(value)), contentType: contentType)
    }

    /// `application/x-www-form-urlencoded`: top-level properties as `name=value` pairs, arrays
    /// repeated, nested objects as `name[key]=value`.
    static func form(_ value: (some Encodable)?, contentType: String) throws -> EncodedBody? {
        guard let value else { return nil }
        var query = QueryString()
        for (name, field) in try FormFields.flatten(value) {
            query.append(name, field.text)
        }
        return EncodedBody(body: HTTPBody(String(query.encoded.dropFirst())), contentType: contentType)
    }

    /// `multipart/form-data`: one part per top-level property (an array: one per element). A
    /// `MultipartFile` or `Data` value is a file part with its bytes, its file name (the part's name
    /// when it has none) and its content type (else the spec's for that part, from
    /// `partContentTypes`, else `application/octet-stream`); everything else is text.
    static func multipart(
        _ value: (some Encodable)?, contentType: String, partContentTypes: [String: String] = [:]
    ) throws -> EncodedBody? {
        guard let value else { return nil }
        let boundary = "openapi-swift-gen-" + UUID().uuidString
        var body = Data()
        for (name, field) in try FormFields.flatten(value) {
            let quotedName = quoted(name)
            body.append(Data("--\(boundary)\r\n".utf8))
            if let bytes = field.bytes {
                let filename = quoted(field.filename ?? name)
                let type = headerValue(field.contentType ?? partContentTypes[name] ?? "application/octet-stream")
                body.append(Data("Content-Disposition: form-data; name=\"\(quotedName)\"; filename=\"\(filename)\"\r\n".utf8))
                body.append(Data("Content-Type: \(type)\r\n\r\n".utf8))
                body.append(bytes)
            } else {
                body.append(Data("Content-Disposition: form-data; name=\"\(quotedName)\"\r\n\r\n".utf8))
                body.append(Data(field.text.utf8))
            }
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return EncodedBody(body: HTTPBody(body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// A name or file name inside the quotes of `Content-Disposition`, as browsers write it: `"`,
    /// CR and LF percent-encoded, so the text can neither end the quotes nor the header.
    static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "%22"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A header value without control characters, which could end the header or the part's
    /// headers early.
    static func headerValue(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
    }

    // `binary` and `text` cannot fail, but throw like the others so every body is encoded the same way.
    static func binary(_ value: Data?, contentType: String) throws -> EncodedBody? {
        value.map { EncodedBody(body: HTTPBody($0), contentType: contentType) }
    }

    static func text(_ value: String?, contentType: String) throws -> EncodedBody? {
        value.map { EncodedBody(body: HTTPBody($0), contentType: contentType) }
    }
}

/// A value flattened to named fields, for forms, multipart bodies and object query parameters.
enum FormFields {
    struct Field {
        var text: String
        /// Raw bytes for `Data` and `MultipartFile` values (sent as file parts in multipart bodies).
        var bytes: Data?
        /// A `MultipartFile`'s file name and content type.
        var filename: String?
        var contentType: String?
    }

    /// Marks `Data` while the value passes through JSON, so its bytes can be recovered.
    private static let dataMarker = "\u{E002}"
    /// Tells `MultipartFile` to encode its file name and content type too, under these keys.
    static let flattening = CodingUserInfoKey(rawValue: "openapi-swift-gen.flattening")!
    static let fileKey: JSONKey = "\u{E003}file"
    static let filenameKey: JSONKey = "\u{E003}filename"
    static let contentTypeKey: JSONKey = "\u{E003}contentType"

    /// `[(name, field)]`, keys sorted so the output is stable; arrays repeat the name; nested
    /// objects become `name[key]`; `null`s are left out.
    static func flatten(_ value: some Encodable, prefix: String? = nil) throws -> [(String, Field)] {
        let encoder = JSONCoding.requestEncoder()
        encoder.dataEncodingStrategy = .custom { data, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(dataMarker + data.base64EncodedString())
        }
        encoder.userInfo[flattening] = true
        let json = try JSONCoding.decoder().decode(JSONValue.self, from: encoder.encode(value))
        var fields: [(String, Field)] = []
        append(json, name: prefix, into: &fields)
        return fields
    }

    private static func bytes(_ text: String) -> Data? {
        guard text.hasPrefix(dataMarker) else { return nil }
        return Data(base64Encoded: String(text.dropFirst(dataMarker.count)))
    }

    private static func append(_ value: JSONValue, name: String?, into fields: inout [(String, Field)]) {
        switch value {
        case .null:
            break
        case .bool(let bool):
            if let name { fields.append((name, Field(text: bool ? "true" : "false"))) }
        case .integer(let number):
            if let name { fields.append((name, Field(text: String(number)))) }
        case .number(let number):
            if let name { fields.append((name, Field(text: String(number)))) }
        case .string(let text):
            guard let name else { return }
            if let bytes = bytes(text) {
                fields.append((name, Field(text: "", bytes: bytes)))
            } else {
                fields.append((name, Field(text: text)))
            }
        case .array(let items):
            for item in items {
                append(item, name: name, into: &fields)
            }
        case .object(let members):
            if let name, case .string(let text)? = members[fileKey.stringValue], let bytes = bytes(text) {
                var field = Field(text: "", bytes: bytes)
                if case .string(let filename)? = members[filenameKey.stringValue] { field.filename = filename }
                if case .string(let contentType)? = members[contentTypeKey.stringValue] { field.contentType = contentType }
                fields.append((name, field))
                return
            }
            for key in members.keys.sorted() {
                append(members[key] ?? .null, name: name.map { "\($0)[\(key)]" } ?? key, into: &fields)
            }
        }
    }
}

/// A file sent as a part of a `multipart/form-data` body: its bytes, and the file name and content
/// type its part's headers carry (`Content-Disposition: form-data; name="file"; filename="a.png"`,
/// `Content-Type: image/png`). Without a file name the part's name is sent; without a content type,
/// the spec's for that part, else `application/octet-stream`. In JSON it is the bytes alone, in
/// Base64, as `Data` is.
{{access}} struct MultipartFile: Codable, Hashable, Sendable {
    {{access}} var data: Data
    {{access}} var filename: String?
    {{access}} var contentType: String?

    {{access}} init(data: Data, filename: String? = nil, contentType: String? = nil) {
        self.data = data
        self.filename = filename
        self.contentType = contentType
    }

    {{access}} init(from decoder: any Decoder) throws {
        self.init(data: try decoder.singleValueContainer().decode(Data.self))
    }

    {{access}} func encode(to encoder: any Encoder) throws {
        guard encoder.userInfo[FormFields.flattening] as? Bool == true else {
            var container = encoder.singleValueContainer()
            try container.encode(data)
            return
        }
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(data, forKey: FormFields.fileKey)
        try container.encodeIfPresent(filename, forKey: FormFields.filenameKey)
        try container.encodeIfPresent(contentType, forKey: FormFields.contentTypeKey)
    }
}

/// Any JSON value: for schemas that allow anything (`{}`, free-form objects) or that this version
/// of the generator does not type yet.
{{access}} enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    {{access}} init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    {{access}} func encode(to encoder: any Encoder) throws {
        if case .object(let members) = self {
            // Through a keyed container, so that the members join those the rest of a value writes
            // to the same object (the struct around an `allOf`'s union, when the union holds a
            // value no case matches); a single value would replace them.
            var container = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in members {
                try container.encode(value, forKey: JSONKey(stringValue: key))
            }
            return
        }
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object: break
        }
    }
}

/// Stores a property out of line: a struct can contain itself through other structs
/// (`Node { next: Node? }`), and a struct holding other structs stays one reference per nested
/// struct wide, which keeps its copies cheap and its generated code small. Encodes and decodes as
/// the wrapped value.
@propertyWrapper
{{access}} struct Indirect<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    private final class Storage: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var storage: Storage

    {{access}} init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    {{access}} var wrappedValue: Value {
        get { storage.value }
        set { storage = Storage(newValue) }
    }

    {{access}} init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }

    {{access}} func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }

    {{access}} static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.wrappedValue == rhs.wrappedValue
    }

    {{access}} func hash(into hasher: inout Hasher) {
        wrappedValue.hash(into: &hasher)
    }
}

/// The key of a JSON object member. Generated structs decode and encode their properties by these
/// keys, written as string literals, rather than by a `CodingKeys` enum each: one key type for all
/// of them keeps the generated code small and quick to compile.
{{access}} struct JSONKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    {{access}} var stringValue: String
    {{access}} var intValue: Int? { nil }

    {{access}} init(stringValue: String) {
        self.stringValue = stringValue
    }

    {{access}} init?(intValue: Int) {
        nil
    }

    {{access}} init(stringLiteral value: String) {
        stringValue = value
    }
}

// Generated structs read their properties with these rather than the container's own `decode`:
// that has an overload per primitive type, which makes type-checking every property of every
// struct much slower than one generic function does.
extension KeyedDecodingContainer where Key == JSONKey {
    /// The value for a key that must be present.
    {{access}} func read<Value: Decodable>(_ key: JSONKey) throws -> Value {
        try decode(Value.self, forKey: key)
    }

    /// The value for a key that may be missing or `null`.
    {{access}} func readIfPresent<Value: Decodable>(_ key: JSONKey) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: key)
    }
}

/// A generated struct for a JSON object. It lists its stored properties once, by key path and
/// JSON key, in `visitProperties`; encoding, `==` and hashing are written once, here, on top of that
/// list. Compilers spend far less time on one short list per struct than on separate `encode(to:)`,
/// `==` and `hash(into:)` bodies for every struct of a large spec.
{{access}} protocol ObjectModel: Codable, Hashable, Sendable {
    /// Calls the visitor once per stored property, in the spec's order.
    static func visitProperties<Visitor: PropertyVisitor<Self>>(_ visitor: inout Visitor)
}

/// Receives the stored properties of an `ObjectModel`.
{{access}} protocol PropertyVisitor<Model> {
    associatedtype Model
    /// A property that is always encoded (`nil` is encoded as `null`).
    mutating func visit<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>, _ key: StaticString)
    /// An optional property whose key is left out when it is `nil`.
    mutating func visitIfPresent<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString)
    /// The union of an `allOf` of objects and a `oneOf`/`anyOf`, which has no key of its own: its
    /// members belong to the same JSON object as the properties.
    mutating func visitVariant<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>)
    /// A `readOnly` property: like `visitIfPresent`, but left out of request bodies.
    mutating func visitReadOnly<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString)
    /// A `required` `writeOnly` property: like `visitIfPresent`, but a request body must have it.
    mutating func visitWriteOnly<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString)
    /// The `pattern` a string property's value must match in a request body.
    mutating func match(_ property: KeyPath<Model, String>, _ key: StaticString, _ pattern: String)
    /// The `pattern` an optional string property's value, when there is one, must match in a
    /// request body.
    mutating func matchIfPresent(_ property: KeyPath<Model, String?>, _ key: StaticString, _ pattern: String)
}

extension PropertyVisitor {
    /// Outside requests a read-only property is an optional one.
    {{access}} mutating func visitReadOnly<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
        visitIfPresent(property, key)
    }

    /// Outside requests a required write-only property is an optional one.
    {{access}} mutating func visitWriteOnly<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
        visitIfPresent(property, key)
    }

    /// Only the encoding of a request checks patterns.
    {{access}} mutating func match(_ property: KeyPath<Model, String>, _ key: StaticString, _ pattern: String) {}

    /// Only the encoding of a request checks patterns.
    {{access}} mutating func matchIfPresent(_ property: KeyPath<Model, String?>, _ key: StaticString, _ pattern: String) {}
}

extension ObjectModel {
    {{access}} func encode(to encoder: any Encoder) throws {
        var visitor = PropertyVisitors.Encoding(
            model: self, encoder: encoder, container: encoder.container(keyedBy: JSONKey.self),
            request: JSONCoding.isRequest(encoder) ? encoder.codingPath : nil
        )
        Self.visitProperties(&visitor)
        if let error = visitor.error { throw error }
    }

    {{access}} static func == (lhs: Self, rhs: Self) -> Bool {
        var visitor = PropertyVisitors.Equality(lhs: lhs, rhs: rhs)
        visitProperties(&visitor)
        return visitor.isEqual
    }

    {{access}} func hash(into hasher: inout Hasher) {
        var visitor = PropertyVisitors.Hashing(model: self, hasher: hasher)
        Self.visitProperties(&visitor)
        hasher = visitor.hasher
    }
}

/// The visitors behind `ObjectModel`'s encoding, equality and hashing.
enum PropertyVisitors {
    struct Encoding<Model>: PropertyVisitor {
        let model: Model
        /// The encoder of `container`: a union encodes its members into the same JSON object (the
        /// keyed containers of one encoder share it, a key written twice keeps the last value).
        let encoder: any Encoder
        var container: KeyedEncodingContainer<JSONKey>
        /// In a request body, where the model is in it (empty at the top); `nil` elsewhere.
        var request: [any CodingKey]?
        /// The first error; the properties after it are skipped.
        var error: (any Error)?

        mutating func visitReadOnly<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
            guard request == nil else { return }
            visitIfPresent(property, key)
        }

        mutating func visitWriteOnly<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
            if error == nil, request != nil, model[keyPath: property] == nil {
                error = RequestValidationError(parameter: path(key), problem: "is required in a request")
                return
            }
            visitIfPresent(property, key)
        }

        mutating func match(_ property: KeyPath<Model, String>, _ key: StaticString, _ pattern: String) {
            check(model[keyPath: property], key, pattern)
        }

        mutating func matchIfPresent(_ property: KeyPath<Model, String?>, _ key: StaticString, _ pattern: String) {
            if let value = model[keyPath: property] { check(value, key, pattern) }
        }

        private mutating func check(_ value: String, _ key: StaticString, _ pattern: String) {
            guard error == nil, request != nil else { return }
            do {
                try Validate.pattern(value, pattern, parameter: path(key))
            } catch {
                self.error = error
            }
        }

        /// The property's path in the request body: `owner.handle`, `items[0].code`.
        private func path(_ key: StaticString) -> String {
            var path = ""
            for step in request ?? [] {
                if let index = step.intValue {
                    path += "[\(index)]"
                } else {
                    path += (path.isEmpty ? "" : ".") + step.stringValue
                }
            }
            return path + (path.isEmpty ? "" : ".") + key.description
        }

        mutating func visit<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>, _ key: StaticString) {
            guard error == nil else { return }
            do {
                try container.encode(model[keyPath: property], forKey: JSONKey(stringValue: key.description))
            } catch {
                self.error = error
            }
        }

        mutating func visitIfPresent<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
            guard error == nil else { return }
            do {
                try container.encodeIfPresent(model[keyPath: property], forKey: JSONKey(stringValue: key.description))
            } catch {
                self.error = error
            }
        }

        mutating func visitVariant<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>) {
            guard error == nil else { return }
            do {
                try model[keyPath: property].encode(to: encoder)
            } catch {
                self.error = error
            }
        }
    }

    struct Equality<Model>: PropertyVisitor {
        let lhs: Model
        let rhs: Model
        var isEqual = true

        mutating func visit<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>, _ key: StaticString) {
            if isEqual, lhs[keyPath: property] != rhs[keyPath: property] { isEqual = false }
        }

        mutating func visitIfPresent<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
            if isEqual, lhs[keyPath: property] != rhs[keyPath: property] { isEqual = false }
        }

        mutating func visitVariant<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>) {
            if isEqual, lhs[keyPath: property] != rhs[keyPath: property] { isEqual = false }
        }
    }

    struct Hashing<Model>: PropertyVisitor {
        let model: Model
        var hasher: Hasher

        mutating func visit<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>, _ key: StaticString) {
            hasher.combine(model[keyPath: property])
        }

        mutating func visitIfPresent<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value?>, _ key: StaticString) {
            hasher.combine(model[keyPath: property])
        }

        mutating func visitVariant<Value: Encodable & Hashable>(_ property: KeyPath<Model, Value>) {
            hasher.combine(model[keyPath: property])
        }
    }
}

/// Reads a union's discriminator property before decoding the selected case.
enum Discriminator {
    static func value(named name: String, in decoder: any Decoder) throws -> String {
        try decoder.container(keyedBy: JSONKey.self).decode(String.self, forKey: JSONKey(stringValue: name))
    }

    /// Adds the discriminator property to an object a variant has just encoded, for a variant that
    /// does not declare the property itself.
    static func write(_ value: String, named name: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(value, forKey: JSONKey(stringValue: name))
    }
}

/// What a JSON object must be to fit an object variant of a union without a discriminator.
struct VariantShape: Sendable {
    /// Keys the object must have.
    var required: [String]
    /// Keys whose value, when present, must be the string of `constantValues` in the same place.
    var constantKeys: [String]
    var constantValues: [String]
    /// The variant's properties.
    var known: Set<String>
}

/// The order in which a union without a discriminator tries its variants.
enum VariantChoice {
    /// For a JSON object: the object variants it fits (every required key present, no constant
    /// contradicted), those that know the most of its keys first, then in spec order; then the
    /// variants that are not objects, in spec order. An object variant the object does not fit is
    /// not tried, so a `{"type": "SEPA", …}` never becomes the variant whose `type` is `IBAN` (its
    /// open enum would have decoded it). Any other value tries every variant in spec order.
    static func order(_ decoder: any Decoder, shapes: [VariantShape?]) -> [Int] {
        guard case .object(let object)? = try? JSONValue(from: decoder) else { return Array(shapes.indices) }
        var fitting: [(index: Int, known: Int)] = []
        var others: [Int] = []
        for (index, shape) in shapes.enumerated() {
            guard let shape else {
                others.append(index)
                continue
            }
            guard shape.required.allSatisfy({ object[$0] != nil }) else { continue }
            guard zip(shape.constantKeys, shape.constantValues).allSatisfy({ key, value in
                object[key].map { $0 == .string(value) } ?? true
            }) else { continue }
            fitting.append((index, object.keys.filter(shape.known.contains).count))
        }
        fitting.sort { $0.known != $1.known ? $0.known > $1.known : $0.index < $1.index }
        return fitting.map(\.index) + others
    }
}

// MARK: - Retries

/// When and how a client sends a request again. Retries are opt-in:
/// `Client(…, retryPolicy: RetryPolicy())`; without a policy (`nil`, the default) every request is
/// sent once.
///
/// A request is retried after a response with one of `retryableStatuses` (`429` and `503`), waiting
/// what its `Retry-After` says (seconds or an HTTP date) and at most `maxDelay`; and after an error
/// of the transport (a connection failure), with exponential backoff and full jitter: before retry
/// `n`, a random delay from zero to `baseDelay × 2^(n−1)`, at most `maxDelay`. Only idempotent
/// methods are retried (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`), and requests of any
/// method that carry an `Idempotency-Key` header: an operation that declares that header sends a
/// fresh UUID when the caller gives none, and every attempt of the call sends the same key.
///
/// Every attempt passes through the middlewares again (a middleware that signs requests signs each
/// attempt anew), with the same body bytes. When the attempts run out, the call ends as the last
/// attempt did: with the last response (an `APIError` for a `429` or `503` the operation does not
/// document as a success) or the last error.
{{access}} struct RetryPolicy: Sendable {
    /// How many times a request is sent at most, the first time included.
    {{access}} var maxAttempts: Int
    /// The backoff's first delay, doubled for each retry after it (before the jitter).
    {{access}} var baseDelay: Duration
    /// The longest wait between two attempts, for the backoff and for `Retry-After` alike.
    {{access}} var maxDelay: Duration
    /// The statuses that are retried.
    {{access}} var retryableStatuses: Set<Int>
    /// Waits between two attempts (`Task.sleep` by default; a test can record the delays instead).
    {{access}} var sleep: @Sendable (Duration) async throws -> Void
    /// A number in `0..<1` for the jitter (the system's random numbers by default).
    {{access}} var random: @Sendable () -> Double
    /// The current time, against which a `Retry-After` date is measured.
    {{access}} var now: @Sendable () -> Date

    /// - Parameters:
    ///   - maxAttempts: How many times a request is sent at most, the first time included.
    ///   - baseDelay: The backoff's first delay, doubled for each retry after it.
    ///   - maxDelay: The longest wait between two attempts.
    ///   - retryableStatuses: The statuses that are retried.
    ///   - sleep: Waits between two attempts.
    ///   - random: A number in `0..<1` for the jitter.
    ///   - now: The current time, for `Retry-After` dates.
    {{access}} init(
        maxAttempts: Int = 3,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(30),
        retryableStatuses: Set<Int> = [429, 503],
        // `_Concurrency.Task` in full here and below: a spec may declare a schema named `Task`.
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await _Concurrency.Task.sleep(for: $0) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryableStatuses = retryableStatuses
        self.sleep = sleep
        self.random = random
        self.now = now
    }

    static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .put, .delete, .options, .trace]

    /// Whether the request may be sent more than once: its method is idempotent, or it carries an
    /// idempotency key; and its body can be sent again.
    func allowsRetries(of request: HTTPRequest, body: HTTPBody?) -> Bool {
        let idempotent = Self.idempotentMethods.contains(request.method)
            || request.headerFields[HTTPField.Name("Idempotency-Key")!] != nil
        return idempotent && body?.iterationBehavior != .single
    }

    /// The wait before retry `retry` (1 for the first) after an error: full jitter over an
    /// exponential backoff.
    func backoff(retry: Int) -> Duration {
        let ceiling = min(maxDelay, baseDelay * (1 << min(max(retry - 1, 0), 30)))
        return ceiling * min(max(random(), 0), 1)
    }

    /// The wait before retry `retry` after `response`, or `nil` when the response is final.
    func delay(after response: RawResponse, retry: Int) -> Duration? {
        guard retryableStatuses.contains(response.status) else { return nil }
        let value = response.headerFields[HTTPField.Name("Retry-After")!]
        return Self.retryAfter(value, now: now()).map { min($0, maxDelay) } ?? backoff(retry: retry)
    }

    /// A `Retry-After` value: whole seconds, or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`).
    static func retryAfter(_ value: String?, now: Date) -> Duration? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Int(text) { return seconds >= 0 ? .seconds(seconds) : nil }
        guard let date = DateText.http(text) else { return nil }
        return .milliseconds(max(0, Int((date.timeIntervalSince(now) * 1000).rounded(.up))))
    }

    /// The transport, watched: whether an attempt failed there (a connection failure, worth
    /// retrying) rather than in a middleware. Errors reach the middlewares unchanged.
    final class WatchedTransport: ClientTransport, @unchecked Sendable {
        let base: any ClientTransport
        private let lock = NSLock()
        private var failed = false

        init(_ base: any ClientTransport) {
            self.base = base
        }

        var didFail: Bool {
            lock.withLock { failed }
        }

        func send(
            _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
        ) async throws -> (HTTPResponse, HTTPBody?) {
            do {
                return try await base.send(request, body: body, baseURL: baseURL, operationID: operationID)
            } catch {
                lock.withLock { failed = true }
                throw error
            }
        }
    }
}

extension RequestSender {
    /// Sends the request, again as the retry policy allows: each attempt through the middlewares.
    func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String, credentials: [Credential] = []) async throws -> RawResponse {
        // The credentials go on before the middlewares, so that they see them and can replace them.
        let request = Credential.applying(credentials, to: request)
        guard let policy = retryPolicy, policy.maxAttempts > 1, policy.allowsRetries(of: request, body: body) else {
            return try await sendAttempt(request, body: body, operationID: operationID)
        }
        var attempt = 1
        while true {
            var watched = self
            let transport = RetryPolicy.WatchedTransport(transport)
            watched.transport = transport
            let delay: Duration
            do {
                let response = try await watched.sendAttempt(request, body: body, operationID: operationID)
                guard attempt < policy.maxAttempts, let wait = policy.delay(after: response, retry: attempt) else { return response }
                delay = wait
            } catch {
                guard attempt < policy.maxAttempts, transport.didFail, !_Concurrency.Task.isCancelled else { throw error }
                delay = policy.backoff(retry: attempt)
            }
            try await policy.sleep(delay)
            attempt += 1
        }
    }
}

// MARK: - Pagination

/// The pages of a cursor-paginated operation, each requested as the sequence is iterated: the first
/// without a cursor, each next one with the cursor the page before gave.
///
/// The sequence ends after a page without a next cursor, or with an empty one or one it has seen
/// before (so a server that repeats itself cannot keep it going for ever). An error ends it: the
/// iterator's `next()` throws it, and returns `nil` after that. Cancelling the task ends it too:
/// before each request the iterator throws `CancellationError` if the task is cancelled.
{{access}} struct PageSequence<Page: Sendable>: AsyncSequence, Sendable {
    {{access}} typealias Element = Page

    let fetch: @Sendable (_ cursor: String?) async throws -> Page
    let nextCursor: @Sendable (_ page: Page) -> String?

    init(
        fetch: @escaping @Sendable (_ cursor: String?) async throws -> Page,
        nextCursor: @escaping @Sendable (_ page: Page) -> String?
    ) {
        self.fetch = fetch
        self.nextCursor = nextCursor
    }

    {{access}} func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// The items of every page, in order.
    func items<Item: Sendable>(_ items: @escaping @Sendable (_ page: Page) -> [Item]) -> PageItemSequence<Page, Item> {
        PageItemSequence(pages: self, items: items)
    }

    {{access}} struct Iterator: AsyncIteratorProtocol {
        let sequence: PageSequence
        var cursor: String?
        var seen: Set<String> = []
        var isFinished = false

        init(sequence: PageSequence) {
            self.sequence = sequence
        }

        {{access}} mutating func next() async throws -> Page? {
            guard !isFinished else { return nil }
            // Finished unless this page gives a new cursor: an error thrown here ends the sequence.
            isFinished = true
            try _Concurrency.Task.checkCancellation()
            let page = try await sequence.fetch(cursor)
            if let next = sequence.nextCursor(page), !next.isEmpty, seen.insert(next).inserted {
                cursor = next
                isFinished = false
            }
            return page
        }
    }
}

/// The items of every page of a `PageSequence`, in order; it ends as the pages do.
{{access}} struct PageItemSequence<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    {{access}} typealias Element = Item

    let pages: PageSequence<Page>
    let items: @Sendable (_ page: Page) -> [Item]

    {{access}} func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), items: items)
    }

    {{access}} struct Iterator: AsyncIteratorProtocol {
        var pages: PageSequence<Page>.Iterator
        let items: @Sendable (_ page: Page) -> [Item]
        var current: IndexingIterator<[Item]> = [].makeIterator()

        {{access}} mutating func next() async throws -> Item? {
            while true {
                if let item = current.next() { return item }
                guard let page = try await pages.next() else { return nil }
                current = items(page).makeIterator()
            }
        }
    }
}

"""#,
        "typealias": #"""
{{% CONTENT_TYPE: TEXT}}
{{#doc}}
{{.}}
{{/doc}}
{{access}} typealias {{name}} = {{aliasedType}}
{{#nested}}

{{>model}}
{{/nested}}

"""#,
        "union": #"""
{{% CONTENT_TYPE: TEXT}}
{{#doc}}
{{.}}
{{/doc}}
{{access}} indirect enum {{name}}: Codable, Hashable, Sendable {
{{#variants}}
    case {{name}}({{type}})
{{/variants}}
    /// A value none of the known cases matches.
    case {{fallbackCase}}(JSONValue)

    {{access}} init(from decoder: any Decoder) throws {
{{#hasDiscriminator}}
        switch try? Discriminator.value(named: {{discriminatorLiteral}}, in: decoder) {
{{#variants}}
{{#hasDiscriminatorValues}}
        case {{discriminatorValues}}: self = .{{name}}(try {{type}}(from: decoder))
{{/hasDiscriminatorValues}}
{{/variants}}
        default: self = .{{fallbackCase}}(try JSONValue(from: decoder))
        }
{{/hasDiscriminator}}
{{^hasDiscriminator}}
        for index in VariantChoice.order(decoder, shapes: Self.variantShapes) {
            switch index {
{{#variants}}
            case {{index}}:
                if let value = try? {{type}}(from: decoder) {
                    self = .{{name}}(value)
                    return
                }
{{/variants}}
            default: break
            }
        }
        self = .{{fallbackCase}}(try JSONValue(from: decoder))
{{/hasDiscriminator}}
    }

    {{access}} func encode(to encoder: any Encoder) throws {
        switch self {
{{#variants}}
{{^writesTag}}
        case .{{name}}(let value): try value.encode(to: encoder)
{{/writesTag}}
{{#writesTag}}
        case .{{name}}(let value):
            try value.encode(to: encoder)
            try Discriminator.write({{tagLiteral}}, named: {{discriminatorLiteral}}, to: encoder)
{{/writesTag}}
{{/variants}}
        case .{{fallbackCase}}(let value): try value.encode(to: encoder)
        }
    }
{{^hasDiscriminator}}

    /// What a JSON object must be to fit each variant (`nil`: not an object).
    private static let variantShapes: [VariantShape?] = [
{{#variants}}
{{#isObject}}
        VariantShape(required: [{{requiredKeys}}], constantKeys: [{{constantKeys}}], constantValues: [{{constantValues}}], known: [{{knownKeys}}]),
{{/isObject}}
{{^isObject}}
        nil,
{{/isObject}}
{{/variants}}
    ]
{{/hasDiscriminator}}
{{#nested}}

{{indentIn}}
{{>model}}
{{indentOut}}
{{/nested}}
}

"""#,
        "validation": #"""
{{% CONTENT_TYPE: TEXT}}
{{! One constraint of a parameter, checked before the request is sent (the support file's Validate). }}
try Validate.{{#isMinLength}}minLength{{/isMinLength}}{{#isMaxLength}}maxLength{{/isMaxLength}}{{#isMinimum}}minimum{{/isMinimum}}{{#isMaximum}}maximum{{/isMaximum}}{{#isExclusiveMinimum}}above{{/isExclusiveMinimum}}{{#isExclusiveMaximum}}below{{/isExclusiveMaximum}}{{#isMinItems}}minCount{{/isMinItems}}{{#isMaxItems}}maxCount{{/isMaxItems}}{{#isPattern}}pattern{{/isPattern}}({{name}}, {{value}}, parameter: {{nameLiteral}})

"""#,
    ]
}
