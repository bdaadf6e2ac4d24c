/// A security scheme of `components.securitySchemes` that the client sends itself: one optional
/// member of the generated `Credentials`.
public struct SecuritySchemeContext: Sendable {
    /// The member's name in `Credentials` (`apiKeyAuth`), also the case of `Credentials.Scheme`
    /// that operations' requirements name.
    public var name: String
    /// The member's name as a Swift string literal, without backticks (for the redacted description).
    public var nameLiteral: String
    /// The member's Swift type, without the `?`: `String`, or `BasicCredentials` for HTTP basic.
    public var type: String
    /// Doc comment lines: the scheme's name in the spec, where the credential goes, its description.
    public var doc: [String]
    /// An API key (what the credential is: exactly one of `isAPIKey`, `isBearer` and `isBasic` is `true`).
    public var isAPIKey: Bool
    /// A token sent as `Authorization: Bearer <token>` (HTTP bearer, OAuth 2 and OpenID Connect).
    public var isBearer: Bool
    /// A username and password sent as `Authorization: Basic <base64 of username:password>`.
    public var isBasic: Bool
    /// API key: sent as a header field (where an API key goes: exactly one of `inHeader`, `inQuery`
    /// and `inCookie` is `true`).
    public var inHeader: Bool
    /// API key: sent as a query item, appended to the query string percent-encoded.
    public var inQuery: Bool
    /// API key: sent as a cookie, joined to the `Cookie` header.
    public var inCookie: Bool
    /// API key: the header, query item or cookie name as a Swift literal; empty for the others.
    public var keyNameLiteral: String
    /// `,` after every scheme but the last.
    public var separator: String

    /// What a scheme's credential is and where it goes.
    public enum Kind: Sendable, Equatable {
        case apiKey(Placement, name: String), bearer, basic
    }

    /// Where an API key goes.
    public enum Placement: Sendable, Equatable {
        case header, query, cookie
    }

    public init(name: String, nameLiteral: String, kind: Kind, doc: [String], separator: String = "") {
        self.name = name
        self.nameLiteral = nameLiteral
        self.doc = doc
        self.separator = separator
        var placement: Placement?
        var keyName = ""
        if case .apiKey(let place, let name) = kind {
            placement = place
            keyName = name
        }
        self.type = kind == .basic ? "BasicCredentials" : "String"
        self.isAPIKey = placement != nil
        self.isBearer = kind == .bearer
        self.isBasic = kind == .basic
        self.inHeader = placement == .header
        self.inQuery = placement == .query
        self.inCookie = placement == .cookie
        self.keyNameLiteral = placement == nil ? "" : SwiftEscaping.stringLiteral(keyName)
    }
}

/// One alternative of an operation's security requirement: schemes whose credentials are sent
/// together. The client sends the first alternative whose credentials are all set.
public struct SecurityAlternativeContext: Sendable {
    /// The schemes of the alternative, in the requirement's order.
    public var schemes: [SecuritySchemeUseContext]
    /// `, ` after every alternative but the last.
    public var separator: String

    public init(schemes: [SecuritySchemeUseContext], separator: String = "") {
        self.schemes = schemes
        self.separator = separator
    }
}

/// A scheme named by a security requirement.
public struct SecuritySchemeUseContext: Sendable {
    /// The scheme's member name in `Credentials` (a case of `Credentials.Scheme`).
    public var name: String
    /// `, ` after every scheme of the alternative but the last.
    public var separator: String

    public init(name: String, separator: String = "") {
        self.name = name
        self.separator = separator
    }
}
