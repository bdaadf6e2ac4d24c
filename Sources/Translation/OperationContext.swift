/// One operation: a client method and its output type. Facts only: the templates spell the
/// method's body, and own the names of its locals.
public struct OperationContext: Sendable {
    /// The method name (`getConnectedAccountBalances`).
    public var methodName: String
    /// The operationId (or the derived one) as a Swift string literal.
    public var operationIDLiteral: String
    /// Doc comment lines of the method (summary, description, parameters, returns, throws, remark).
    public var doc: [String]
    /// `true` when the operation is `deprecated`.
    public var deprecated: Bool
    /// The method's parameters, in order: path, query, header, cookie, body.
    public var parameters: [ParameterContext]
    /// The method in lowercase, `get`, `post`… (an `HTTPRequest.Method` member).
    public var httpMethod: String
    /// The request path, without the query: literal pieces and path parameters, in order (a
    /// literal `""` alone for an empty path).
    public var pathPieces: [PathPieceContext]
    /// The query parameters, in spec order (the `isQuery` ones of `parameters`).
    public var queryParameters: [ParameterContext]
    /// `true` when `queryParameters` is not empty.
    public var hasQuery: Bool
    /// The cookie parameters, sent together in one `Cookie` header.
    public var cookieParameters: [ParameterContext]
    /// `true` when `cookieParameters` is not empty.
    public var hasCookies: Bool
    /// The header parameters.
    public var headerParameters: [ParameterContext]
    /// The request body argument's name, or empty when the operation sends no body.
    public var bodyArgument: String
    /// `true` when the request body may be omitted (the argument is optional).
    public var bodyIsOptional: Bool
    /// The request body's `Content-Type` as a Swift literal.
    public var contentTypeLiteral: String
    /// `true` when the operation sends a body; then exactly one of the five `sends…` flags is `true`
    /// (with several content types, the one of the preferred: JSON, form, multipart, binary, text).
    public var hasRequestBody: Bool
    /// The body is encoded as JSON (`application/json`, `+json`, `*/*`).
    public var sendsJSON: Bool
    /// The body is encoded as `application/x-www-form-urlencoded`.
    public var sendsForm: Bool
    /// The body is encoded as `multipart/form-data`.
    public var sendsMultipart: Bool
    /// The body is sent as raw bytes (`Data`), for any other media type.
    public var sendsBinary: Bool
    /// The body is sent as UTF-8 text (`text/*`).
    public var sendsText: Bool
    /// Multipart (single content type): the spec's content type of each file part, used when the
    /// `MultipartFile` names none.
    public var partContentTypes: [PartContentTypeContext]
    /// `true` when `partContentTypes` is not empty.
    public var hasPartContentTypes: Bool
    /// When the request body may be sent in several content types: one case each of the body
    /// argument's enum, in spec order.
    public var bodyContents: [BodyContentContext]
    /// `true` when `bodyContents` is not empty.
    public var hasBodyContents: Bool
    /// The enum the operation declares for its body's content types (`CreatePetRequestBody`),
    /// empty unless `hasBodyContents`.
    public var requestBodyType: String
    /// Doc comment lines of `requestBodyType`.
    public var requestBodyDoc: [String]
    /// The `Accept` header value as a Swift literal, or empty when no response has a body.
    public var acceptLiteral: String
    /// `true` when the request sends an `Accept` header.
    public var hasAccept: Bool
    /// `true` when header fields are set on the request after it is created (accept, header
    /// parameters, cookies or a body).
    public var setsHeaderFields: Bool
    /// The output type's name (`GetConnectedAccountBalancesOutput`): an alias of
    /// `OperationOutput<outputBodyType>`.
    public var outputType: String
    /// The `Body` argument of the output's `OperationOutput`: `bodyType`, or `Void` without body.
    public var outputBodyType: String
    /// Doc comment lines of the output type.
    public var outputDoc: [String]
    /// The documented success responses.
    public var successes: [SuccessContext]
    /// `true` when the output carries a typed body.
    public var hasBody: Bool
    /// The Swift type of the success body (empty without body); when success statuses have
    /// different bodies, the enum the operation declares for them (`UpsertPetOutputBody`).
    public var bodyType: String
    /// Doc comment lines about the success body (the response's description).
    public var bodyDoc: [String]
    /// When success statuses have different bodies: the cases of the `bodyType` enum.
    public var bodyCases: [BodyCaseContext]
    /// `true` when `bodyCases` is not empty.
    public var hasBodyEnum: Bool
    /// The response headers the operation documents; their accessors are declared once for all
    /// operations, on `OperationOutput` (see `ClientContext.responseHeaders`).
    public var outputHeaders: [OutputHeaderContext]
    /// Types the operation declares (inline request, response and error body schemas), rendered
    /// after its output type.
    public var types: [ModelContext]
    /// The namespace declared for the types of the operation's parameters
    /// (`ListPetsParameters`), or empty when they need none.
    public var parameterTypesName: String
    /// Doc comment lines of the `parameterTypesName` namespace.
    public var parameterTypesDoc: [String]
    /// The types of the operation's parameters (inline enums: `ListPetsParameters.Status`),
    /// declared inside `parameterTypesName`.
    public var parameterTypes: [ModelContext]
    /// `true` when `parameterTypes` is not empty.
    public var hasParameterTypes: Bool
    /// The decoded error body's Swift type (`ErrorSchema`), the `default` response's schema.
    public var failureBodyType: String
    /// The page and item sequences, when the operation is cursor-paginated.
    public var pagination: PaginationContext?
    /// The name of the operation's optional `Idempotency-Key` header parameter as a Swift literal,
    /// or empty when it declares none. With a retry policy, a call that gives no key gets a fresh
    /// one, and every attempt sends it.
    public var idempotencyKeyLiteral: String
    /// `true` when `idempotencyKeyLiteral` is not empty.
    public var declaresIdempotencyKey: Bool
    // Security: which credentials the method sends.
    /// The alternatives of the operation's security requirement (its own, else the document's)
    /// whose schemes are all members of `Credentials`, in order: the client sends the credentials of
    /// the first one they complete, else none. Empty for `security: []` and without a requirement.
    public var securityAlternatives: [SecurityAlternativeContext] = []
    /// `true` when `securityAlternatives` is not empty: the method passes credentials to the sender.
    public var usesCredentials: Bool = false

    /// How a request body is encoded.
    public enum BodyEncoding: Sendable {
        case json, form, multipart, binary, text
    }

    public init(
        methodName: String, operationIDLiteral: String, doc: [String], deprecated: Bool, parameters: [ParameterContext],
        httpMethod: String, pathPieces: [PathPieceContext],
        bodyArgument: String = "", bodyIsOptional: Bool = false, contentTypeLiteral: String = "", bodyEncoding: BodyEncoding? = nil,
        partContentTypes: [PartContentTypeContext] = [], bodyContents: [BodyContentContext] = [], requestBodyType: String = "",
        requestBodyDoc: [String] = [],
        acceptLiteral: String, outputType: String, outputDoc: [String], successes: [SuccessContext], hasBody: Bool,
        bodyType: String, bodyDoc: [String], bodyCases: [BodyCaseContext] = [], outputHeaders: [OutputHeaderContext],
        failureBodyType: String, types: [ModelContext] = [], parameterTypesName: String = "",
        parameterTypesDoc: [String] = [], parameterTypes: [ModelContext] = [], pagination: PaginationContext? = nil,
        idempotencyKeyLiteral: String = ""
    ) {
        self.methodName = methodName
        self.operationIDLiteral = operationIDLiteral
        self.doc = doc
        self.deprecated = deprecated
        self.parameters = parameters
        self.httpMethod = httpMethod
        self.pathPieces = pathPieces
        self.queryParameters = parameters.filter(\.isQuery)
        self.hasQuery = !queryParameters.isEmpty
        self.cookieParameters = parameters.filter(\.isCookie)
        self.hasCookies = !cookieParameters.isEmpty
        self.headerParameters = parameters.filter(\.isHeader)
        self.bodyArgument = bodyArgument
        self.bodyIsOptional = bodyIsOptional
        self.contentTypeLiteral = contentTypeLiteral
        self.hasRequestBody = !bodyArgument.isEmpty
        self.sendsJSON = hasRequestBody && bodyEncoding == .json
        self.sendsForm = hasRequestBody && bodyEncoding == .form
        self.sendsMultipart = hasRequestBody && bodyEncoding == .multipart
        self.sendsBinary = hasRequestBody && bodyEncoding == .binary
        self.sendsText = hasRequestBody && bodyEncoding == .text
        self.partContentTypes = partContentTypes
        self.hasPartContentTypes = !partContentTypes.isEmpty
        self.bodyContents = bodyContents
        self.hasBodyContents = !bodyContents.isEmpty
        self.requestBodyType = bodyContents.isEmpty ? "" : requestBodyType
        self.requestBodyDoc = bodyContents.isEmpty ? [] : requestBodyDoc
        self.acceptLiteral = acceptLiteral
        self.hasAccept = !acceptLiteral.isEmpty
        self.setsHeaderFields = hasAccept || !headerParameters.isEmpty || hasRequestBody || hasCookies
        self.outputType = outputType
        self.outputDoc = outputDoc
        self.successes = successes
        self.hasBody = hasBody
        self.bodyType = bodyType
        self.outputBodyType = bodyType.isEmpty ? "Void" : bodyType
        self.bodyDoc = bodyDoc
        self.bodyCases = bodyCases
        self.hasBodyEnum = !bodyCases.isEmpty
        self.outputHeaders = outputHeaders
        self.types = types
        self.parameterTypes = parameterTypes
        self.hasParameterTypes = !parameterTypes.isEmpty
        self.parameterTypesName = parameterTypes.isEmpty ? "" : parameterTypesName
        self.parameterTypesDoc = parameterTypes.isEmpty ? [] : parameterTypesDoc
        self.failureBodyType = failureBodyType
        self.pagination = pagination
        self.idempotencyKeyLiteral = idempotencyKeyLiteral
        self.declaresIdempotencyKey = !idempotencyKeyLiteral.isEmpty
    }

    /// Sets `securityAlternatives` and `usesCredentials` together.
    public mutating func setSecurityAlternatives(_ alternatives: [SecurityAlternativeContext]) {
        securityAlternatives = alternatives
        usesCredentials = !alternatives.isEmpty
    }
}
