/// The client type, its servers and its operations.
public struct ClientContext: Sendable {
    /// The client's type name (`Client`).
    public var typeName: String
    /// Doc comment lines of the client type (title, version, API description).
    public var doc: [String]
    /// The servers from `servers`, as named URLs.
    public var servers: [ServerContext]
    /// The name of the server used when none is given (the first one). When the spec lists no
    /// servers there is one, `` `default` ``, for the document root `/`.
    public var defaultServer: String
    /// One per operation, in document order.
    public var operations: [OperationContext]
    /// Every response header the operations document, once by Swift name: each becomes an
    /// accessor on `OperationOutput` (`output.xRequestID`).
    public var responseHeaders: [OutputHeaderContext]
    /// `true` when `responseHeaders` is not empty.
    public var hasResponseHeaders: Bool
    // Security: the generated `Credentials`.
    /// The security schemes the client sends itself, in document order: the members of
    /// `Credentials` (the ones some operation's requirement names).
    public var securitySchemes: [SecuritySchemeContext]
    /// `true` when `securitySchemes` is not empty: the client has `credentials`.
    public var hasCredentials: Bool

    public init(
        typeName: String, doc: [String], servers: [ServerContext], defaultServer: String, operations: [OperationContext],
        responseHeaders: [OutputHeaderContext] = [], securitySchemes: [SecuritySchemeContext] = []
    ) {
        self.typeName = typeName
        self.doc = doc
        self.servers = servers
        self.defaultServer = defaultServer
        self.operations = operations
        self.responseHeaders = responseHeaders
        self.hasResponseHeaders = !responseHeaders.isEmpty
        self.securitySchemes = securitySchemes
        self.hasCredentials = !securitySchemes.isEmpty
    }
}

public struct ServerContext: Sendable {
    /// The static property name in `Servers` (e.g. `production`).
    public var name: String
    /// Doc comment lines (the server's description and URL).
    public var doc: [String]
    /// The URL (variables set to their defaults) as a Swift string literal.
    public var urlLiteral: String
    /// The URL template with `{variable}` placeholders, as a Swift string literal.
    public var templateLiteral: String
    /// The server's variables, for the function that builds the URL with other values.
    public var variables: [ServerVariableContext]
    /// `true` when `variables` is not empty.
    public var hasVariables: Bool

    public init(name: String, doc: [String], urlLiteral: String, templateLiteral: String = "", variables: [ServerVariableContext] = []) {
        self.name = name
        self.doc = doc
        self.urlLiteral = urlLiteral
        self.templateLiteral = templateLiteral
        self.variables = variables
        self.hasVariables = !variables.isEmpty
    }
}

/// A server URL variable.
public struct ServerVariableContext: Sendable {
    /// The parameter name.
    public var name: String
    /// The `{name}` placeholder as a Swift literal.
    public var placeholderLiteral: String
    /// The default value as a Swift literal.
    public var defaultLiteral: String
    /// The parameter's doc text (description and allowed values), one line.
    public var doc: String
    /// `,` after every parameter but the last.
    public var separator: String

    public init(name: String, placeholderLiteral: String, defaultLiteral: String, doc: String, separator: String) {
        self.name = name
        self.placeholderLiteral = placeholderLiteral
        self.defaultLiteral = defaultLiteral
        self.doc = doc
        self.separator = separator
    }
}
