/// One operation: a client method and its output type.
public struct OperationContext: Sendable {
    /// The method name (`getConnectedAccountBalances`).
    public var methodName: String
    /// The operationId (or the derived one) as a Swift string literal.
    public var operationIDLiteral: String
    /// Doc comment lines of the method (summary, description, parameters, returns, throws, remark).
    public var doc: [String]
    public var deprecated: Bool
    /// The method's parameters, in order: path, query, header, cookie, body.
    public var parameters: [ParameterContext]
    /// `.get`, `.post`… (an `HTTPRequest.Method` member).
    public var httpMethod: String
    /// A Swift expression for the request path, without the query.
    public var pathExpression: String
    /// Query parameters, in spec order.
    public var queryItems: [QueryItemContext]
    /// `true` when `queryItems` is not empty.
    public var hasQuery: Bool
    /// Cookie parameters, sent together in one `Cookie` header.
    public var cookieItems: [QueryItemContext]
    /// `true` when `cookieItems` is not empty.
    public var hasCookies: Bool
    /// Header parameters.
    public var headerItems: [HeaderItemContext]
    /// The request body argument's name, or empty when the operation sends no body.
    public var bodyArgument: String
    /// `true` when the request body may be omitted (the argument is optional).
    public var bodyIsOptional: Bool
    /// The request body's `Content-Type` as a Swift literal.
    public var contentTypeLiteral: String
    /// The support function that encodes the body for its content type (`RequestBodies.json`,
    /// `.form`, `.multipart`, `.binary`, `.text`).
    public var bodyEncoder: String
    /// `true` when the operation sends a body.
    public var hasRequestBody: Bool
    /// The `Accept` header value as a Swift literal, or empty when no response has a body.
    public var acceptLiteral: String
    /// `true` when the request sends an `Accept` header.
    public var hasAccept: Bool
    /// `var` when headers are set on the request after it is created, else `let`.
    public var requestKeyword: String
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
    /// The decoded error body's Swift type (`ErrorSchema`), the `default` response's schema.
    public var failureBodyType: String

    public init(
        methodName: String, operationIDLiteral: String, doc: [String], deprecated: Bool, parameters: [ParameterContext],
        httpMethod: String, pathExpression: String, queryItems: [QueryItemContext], cookieItems: [QueryItemContext] = [],
        headerItems: [HeaderItemContext],
        bodyArgument: String, bodyIsOptional: Bool, contentTypeLiteral: String, bodyEncoder: String = "", acceptLiteral: String, outputType: String, outputDoc: [String], successes: [SuccessContext], hasBody: Bool,
        bodyType: String, bodyDoc: [String], bodyCases: [BodyCaseContext] = [], outputHeaders: [OutputHeaderContext],
        failureBodyType: String, types: [ModelContext] = []
    ) {
        self.methodName = methodName
        self.operationIDLiteral = operationIDLiteral
        self.doc = doc
        self.deprecated = deprecated
        self.parameters = parameters
        self.httpMethod = httpMethod
        self.pathExpression = pathExpression
        self.queryItems = queryItems
        self.hasQuery = !queryItems.isEmpty
        self.cookieItems = cookieItems
        self.hasCookies = !cookieItems.isEmpty
        self.headerItems = headerItems
        self.bodyArgument = bodyArgument
        self.bodyIsOptional = bodyIsOptional
        self.contentTypeLiteral = contentTypeLiteral
        self.bodyEncoder = bodyEncoder
        self.hasRequestBody = !bodyArgument.isEmpty
        self.acceptLiteral = acceptLiteral
        self.hasAccept = !acceptLiteral.isEmpty
        self.requestKeyword = (acceptLiteral.isEmpty && headerItems.isEmpty && bodyArgument.isEmpty && cookieItems.isEmpty) ? "let" : "var"
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
        self.failureBodyType = failureBodyType
    }
}

/// A method parameter.
public struct ParameterContext: Sendable {
    /// The Swift name.
    public var name: String
    /// The declaration in the signature, e.g. `pageSize: Int? = nil`.
    public var declaration: String
    /// `,` after every parameter but the last.
    public var separator: String
    /// `true` when the argument may be `nil`.
    public var isOptional: Bool
    /// Swift statements that check the spec's constraints (`Validate.minimum(pageSize, 1, parameter: "pageSize")`).
    public var validations: [String]
    /// `true` when `validations` is not empty.
    public var hasValidations: Bool

    public init(name: String, declaration: String, separator: String, isOptional: Bool, validations: [String]) {
        self.name = name
        self.declaration = declaration
        self.separator = separator
        self.isOptional = isOptional
        self.validations = validations
        self.hasValidations = !validations.isEmpty
    }
}

/// A query or cookie parameter.
public struct QueryItemContext: Sendable {
    /// The statement that adds it, e.g. `query.append("pageSize", pageSize)`,
    /// `query.appendEach("ids", ids)` (form, exploded), `query.appendJoined("ids", ids, separator: ",")`,
    /// `try query.appendObject("filter", filter, deep: true)` or `cookies.append("session", session)`.
    public var call: String

    public init(call: String) {
        self.call = call
    }
}

/// A header parameter.
public struct HeaderItemContext: Sendable {
    /// The header name, as a Swift literal.
    public var nameLiteral: String
    /// The Swift argument holding the value.
    public var argument: String
    /// `true` when the argument may be `nil` (the header is then left out).
    public var isOptional: Bool
    /// A Swift expression for the header's text (arrays are comma-separated, as the simple style says).
    public var value: String

    public init(nameLiteral: String, argument: String, isOptional: Bool, value: String? = nil) {
        self.nameLiteral = nameLiteral
        self.argument = argument
        self.isOptional = isOptional
        self.value = value ?? argument + ".description"
    }
}

/// A documented success status and how its body is read.
public struct SuccessContext: Sendable {
    /// The `case` pattern: `200`, or `200..<300` for `2XX`.
    public var pattern: String
    /// A Swift expression producing the body from `response` (empty without body).
    public var bodyExpression: String

    public init(pattern: String, bodyExpression: String) {
        self.pattern = pattern
        self.bodyExpression = bodyExpression
    }
}

/// A typed response header: an accessor on `OperationOutput`.
public struct OutputHeaderContext: Sendable {
    /// The Swift property name (`xRequestID`).
    public var name: String
    /// The header name as a Swift literal.
    public var nameLiteral: String
    /// Doc comment lines.
    public var doc: [String]

    public init(name: String, nameLiteral: String, doc: [String]) {
        self.name = name
        self.nameLiteral = nameLiteral
        self.doc = doc
    }
}

/// A case of an output's `Body` enum (success statuses with different bodies).
public struct BodyCaseContext: Sendable {
    /// The case name (`ok`, `created`, `noContent`, `status299`…).
    public var name: String
    /// The associated value's type, or empty for a status without body.
    public var type: String
    /// `true` when `type` is not empty.
    public var hasValue: Bool

    public init(name: String, type: String) {
        self.name = name
        self.type = type
        self.hasValue = !type.isEmpty
    }
}
