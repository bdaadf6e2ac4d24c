import Basics
import Diagnostics
import OpenAPIModel

/// A declared security scheme the client sends itself, and its member in `Credentials`.
struct CredentialScheme {
    var specName: String
    var member: String
    /// The name the member would have had when it had to be renamed.
    var plainMember: String?
    var kind: SecuritySchemeContext.Kind
    var scheme: SecurityScheme
}

/// Whether the client can send a scheme's credential.
enum CredentialSupport {
    case supported(SecuritySchemeContext.Kind)
    /// Left to a middleware (or the transport), for the reason given.
    case unsupported(String)
}

extension Translator {
    /// Names `Credentials` declares besides its members, and the helpers the client file gives it.
    static let credentialsReservedMembers: Set<String> = [
        "description", "debugDescription", "customMirror", "redactedMembers", "hashValue", "credential", "credentials",
    ]

    /// The declared schemes the client can send, in document order, with their member names. The
    /// names come from every such scheme, used or not, so they do not change when an operation
    /// starts or stops using one.
    func credentialSchemes() -> [CredentialScheme] {
        var supported: [(name: String, kind: SecuritySchemeContext.Kind, scheme: SecurityScheme)] = []
        for entry in document.components.securitySchemes.entries {
            let scheme = document.resolve(entry.value)
            if case .supported(let kind) = credentialSupport(scheme) {
                supported.append((entry.name, kind, scheme))
            }
        }
        let names = SwiftName.distinctMemberNames(supported.map(\.name), reserved: Self.credentialsReservedMembers)
        return supported.enumerated().map { index, entry in
            CredentialScheme(
                specName: entry.name, member: names.names[index], plainMember: names.renamed[index],
                kind: entry.kind, scheme: entry.scheme
            )
        }
    }

    /// The security requirement that applies to an operation: its own, else the document's; `[]`
    /// (none) when neither has one.
    func effectiveSecurity(_ operation: Operation) -> [SecurityRequirement] {
        operation.security ?? document.security ?? []
    }

    /// The alternatives of an operation's requirement that the client can fill, in order. An
    /// alternative with a scheme the client does not send (mutual TLS, an undeclared name) can
    /// never be complete, and an empty one (`{}`, "no authentication") sends nothing, so neither
    /// is listed: with none left, the request goes without credentials.
    func securityAlternatives(_ operation: Operation, members: [String: String]) -> [SecurityAlternativeContext] {
        var alternatives: [SecurityAlternativeContext] = []
        for requirement in effectiveSecurity(operation) where !requirement.schemes.isEmpty {
            let names = requirement.schemes.compactMap { members[$0.name] }
            guard names.count == requirement.schemes.count else { continue }
            alternatives.append(
                SecurityAlternativeContext(
                    schemes: names.enumerated().map { SecuritySchemeUseContext(name: $1, separator: $0 == names.count - 1 ? "" : ", ") }
                )
            )
        }
        for index in alternatives.indices {
            alternatives[index].separator = index == alternatives.count - 1 ? "" : ", "
        }
        return alternatives
    }

    /// The members of `Credentials`: the schemes the client can send that some operation requires.
    /// Reports the schemes it leaves out and the requirements that name undeclared schemes.
    mutating func credentialsContexts() -> [SecuritySchemeContext] {
        var used: Set<String> = []
        var reported: Set<String> = []
        for (_, operation) in document.operations {
            for requirement in effectiveSecurity(operation) {
                for scheme in requirement.schemes {
                    used.insert(scheme.name)
                    if document.components.securitySchemes[scheme.name] == nil, reported.insert(scheme.name).inserted {
                        diagnostics.warning(
                            "the security requirement names '\(scheme.name)', which 'components.securitySchemes' does not declare; "
                                + "operations that need it are sent without it",
                            at: operation.security == nil ? document.location : operation.location
                        )
                    }
                }
            }
        }
        for entry in document.components.securitySchemes.entries {
            if case .unsupported(let reason) = credentialSupport(document.resolve(entry.value)) {
                diagnostics.warning(
                    "security scheme '\(entry.name)' is not part of 'Credentials': \(reason)",
                    at: document.resolve(entry.value).sourceLocation
                )
            }
        }
        var contexts: [SecuritySchemeContext] = []
        for scheme in credentialSchemes() {
            guard used.contains(scheme.specName) else {
                diagnostics.warning(
                    "security scheme '\(scheme.specName)' is not part of 'Credentials': no operation's security requirement names it",
                    at: scheme.scheme.sourceLocation
                )
                continue
            }
            if let plain = scheme.plainMember {
                diagnostics.warning(
                    "the Swift name '\(plain)' is taken in 'Credentials'; security scheme '\(scheme.specName)' is named '\(scheme.member)'",
                    at: scheme.scheme.sourceLocation
                )
            }
            contexts.append(
                SecuritySchemeContext(
                    name: scheme.member, nameLiteral: SwiftEscaping.stringLiteral(scheme.member.replacingAll("`", with: "")),
                    kind: scheme.kind, doc: credentialDoc(scheme)
                )
            )
        }
        for index in contexts.indices {
            contexts[index].separator = index == contexts.count - 1 ? "" : ","
        }
        return contexts
    }

    /// What the client sends for a scheme: an API key, a bearer token (HTTP bearer, and the access
    /// token of OAuth 2 and OpenID Connect, which the client does not obtain itself) or HTTP basic.
    func credentialSupport(_ scheme: SecurityScheme) -> CredentialSupport {
        switch scheme.kind {
        case .apiKey:
            guard let placement = scheme.location, let name = scheme.name, !name.isEmpty else {
                return .unsupported("the API key has no valid 'name' and 'in'")
            }
            switch placement {
            case .header, .cookie:
                guard HTTPHeaderName.isValid(name) else {
                    return .unsupported("'\(name)' is not a valid \(placement == .header ? "header" : "cookie") name")
                }
                return .supported(.apiKey(placement == .header ? .header : .cookie, name: name))
            case .query:
                return .supported(.apiKey(.query, name: name))
            case .path:
                return .unsupported("an API key cannot go in the path")
            }
        case .http:
            switch scheme.scheme?.lowercased() {
            case "bearer": return .supported(.bearer)
            case "basic": return .supported(.basic)
            default: return .unsupported("the HTTP authentication scheme '\(scheme.scheme ?? "")' is not supported; add it with a middleware")
            }
        case .oauth2, .openIdConnect:
            return .supported(.bearer)
        case .mutualTLS:
            return .unsupported("mutual TLS is set up on the transport (its TLS configuration), not by the client")
        }
    }

    /// The member's doc: the scheme, where its credential goes, and the spec's description.
    private func credentialDoc(_ scheme: CredentialScheme) -> [String] {
        let name = "`\(SwiftEscaping.docCodeText(scheme.specName))`"
        var line: String
        switch scheme.kind {
        case .apiKey(let placement, let key):
            let code = "`\(SwiftEscaping.docCodeText(key))`"
            switch placement {
            case .header: line = "\(name): an API key, sent in the \(code) header."
            case .query: line = "\(name): an API key, sent as the \(code) query item."
            case .cookie: line = "\(name): an API key, sent as the \(code) cookie."
            }
        case .bearer:
            let format = scheme.scheme.bearerFormat.map { " (`\(SwiftEscaping.docCodeText($0))`)" } ?? ""
            switch scheme.scheme.kind {
            case .oauth2: line = "\(name): an OAuth 2 access token\(format), sent as `Authorization: Bearer <token>`; the client does not obtain or refresh it."
            case .openIdConnect: line = "\(name): an OpenID Connect token\(format), sent as `Authorization: Bearer <token>`; the client does not obtain or refresh it."
            default: line = "\(name): a bearer token\(format), sent as `Authorization: Bearer <token>`."
            }
        case .basic:
            line = "\(name): a username and password, sent as `Authorization: Basic <base64 of username:password>`."
        }
        var doc = ["/// " + line]
        let description = SwiftEscaping.docComment(scheme.scheme.description ?? "")
        if !description.isEmpty { doc += ["///"] + description }
        return doc
    }
}
