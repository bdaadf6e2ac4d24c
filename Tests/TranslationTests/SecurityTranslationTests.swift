import Testing
@testable import Translation

/// Security schemes → the members of `Credentials`, and each operation's requirement → the
/// alternatives its method sends.
@Suite struct SecurityTranslationTests {
    /// Every kind of scheme, each required by one operation.
    static let everyKind = spec("""
        paths:
          /a:
            get:
              operationId: useAll
              security:
                - {headerKey: [], queryKey: [], cookieKey: []}
                - {bearer: []}
                - {basic: []}
                - {oauth: [read]}
                - {oidc: []}
                - {tls: []}
                - {digest: []}
              responses: {'204': {description: ok}}
        components:
          securitySchemes:
            headerKey: {type: apiKey, in: header, name: X-API-Key, description: The key.}
            queryKey: {type: apiKey, in: query, name: api key}
            cookieKey: {type: apiKey, in: cookie, name: session}
            bearer: {type: http, scheme: Bearer, bearerFormat: JWT}
            basic: {type: http, scheme: basic}
            oauth: {type: oauth2, flows: {}}
            oidc: {type: openIdConnect, openIdConnectUrl: https://example.com/.well-known/openid-configuration}
            tls: {type: mutualTLS}
            digest: {type: http, scheme: digest}
        """)

    @Test func eachKindOfSchemeBecomesAMemberOrAWarning() throws {
        let result = try translate(Self.everyKind)
        let schemes = try #require(result.client).securitySchemes
        #expect(schemes.map(\.name) == ["headerKey", "queryKey", "cookieKey", "bearer", "basic", "oauth", "oidc"])
        #expect(schemes.map(\.type) == ["String", "String", "String", "String", "BasicCredentials", "String", "String"])
        #expect(schemes.map(\.isAPIKey) == [true, true, true, false, false, false, false])
        #expect(schemes.map(\.isBearer) == [false, false, false, true, false, true, true])
        #expect(schemes.map(\.isBasic) == [false, false, false, false, true, false, false])
        #expect(schemes.map { [$0.inHeader, $0.inQuery, $0.inCookie] }.prefix(3) == [[true, false, false], [false, true, false], [false, false, true]])
        #expect(schemes.map(\.keyNameLiteral) == [#""X-API-Key""#, #""api key""#, #""session""#, "", "", "", ""])
        #expect(schemes.map(\.nameLiteral).first == #""headerKey""#)
        #expect(schemes.map(\.separator) == [",", ",", ",", ",", ",", ",", ""])
        #expect(schemes[0].doc == ["/// `headerKey`: an API key, sent in the `X-API-Key` header.", "///", "/// The key."])
        #expect(schemes[3].doc == ["/// `bearer`: a bearer token (`JWT`), sent as `Authorization: Bearer <token>`."])
        #expect(result.warnings == [
            "t.yaml:27:10: warning: security scheme 'tls' is not part of 'Credentials': mutual TLS is set up on the transport (its TLS configuration), not by the client",
            "t.yaml:28:13: warning: security scheme 'digest' is not part of 'Credentials': the HTTP authentication scheme 'digest' is not supported; add it with a middleware",
        ])
        let client = try #require(result.client)
        #expect(client.hasCredentials)
    }

    @Test func alternativesKeepTheirOrderAndDropTheOnesTheClientCannotFill() throws {
        let operation = try #require(try translate(Self.everyKind).operation("useAll"))
        #expect(names(operation) == [["headerKey", "queryKey", "cookieKey"], ["bearer"], ["basic"], ["oauth"], ["oidc"]])
        #expect(operation.securityAlternatives.map(\.separator) == [", ", ", ", ", ", ", ", ""])
        #expect(operation.securityAlternatives[0].schemes.map(\.separator) == [", ", ", ", ""])
        #expect(operation.usesCredentials)
        #expect(operation.doc.contains(
            "/// - Note: Authentication: `headerKey` (`credentials.headerKey`) and `queryKey` (`credentials.queryKey`) and "
                + "`cookieKey` (`credentials.cookieKey`), or `bearer` (`credentials.bearer`), or `basic` (`credentials.basic`), "
                + "or `oauth` (`credentials.oauth`, scopes `read`), or `oidc` (`credentials.oidc`), or `tls`, or `digest`."
        ))
        #expect(operation.doc.contains(
            "///   The client sends the first of these its `credentials` have in full, else nothing; a middleware can add or replace it."
        ))
    }

    /// The document's requirement applies to operations without their own; an operation's own
    /// replaces it; `security: []` and an empty alternative mean no credentials.
    @Test func anOperationsRequirementOverridesTheDocuments() throws {
        let result = try translate(spec("""
            security:
              - {key: []}
            paths:
              /inherits:
                get:
                  operationId: inherits
                  responses: {'204': {description: ok}}
              /own:
                get:
                  operationId: own
                  security: [{token: []}]
                  responses: {'204': {description: ok}}
              /none:
                get:
                  operationId: none
                  security: []
                  responses: {'204': {description: ok}}
              /optional:
                get:
                  operationId: optional
                  security: [{}, {token: []}]
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: X-Key}
                token: {type: http, scheme: bearer}
            """))
        #expect(result.warnings == [])
        #expect(try names(#require(result.operation("inherits"))) == [["key"]])
        #expect(try names(#require(result.operation("own"))) == [["token"]])
        let none = try #require(result.operation("none"))
        #expect(names(none) == [] && !none.usesCredentials)
        #expect(!none.doc.contains { $0.contains("Authentication") })
        let optional = try #require(result.operation("optional"))
        #expect(names(optional) == [["token"]] && optional.usesCredentials)
        #expect(optional.doc.contains("/// - Note: Authentication: none, or `token` (`credentials.token`)."))
        let inherits = try #require(result.operation("inherits"))
        #expect(inherits.doc.contains("///   The client sends it when its `credentials` have it, else nothing; a middleware can add or replace it."))
        #expect(result.client?.securitySchemes.map(\.name) == ["key", "token"])
    }

    @Test func schemesNoOperationRequiresAreLeftOut() throws {
        let result = try translate(spec("""
            paths:
              /a:
                get:
                  operationId: anonymous
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: X-Key}
            """))
        let client = try #require(result.client)
        #expect(client.securitySchemes.isEmpty && !client.hasCredentials)
        #expect(result.operation("anonymous")?.usesCredentials == false)
        #expect(result.warnings == [
            "t.yaml:12:10: warning: security scheme 'key' is not part of 'Credentials': no operation's security requirement names it",
        ])
    }

    @Test func anUndeclaredSchemeIsReportedAndItsAlternativeNeverSent() throws {
        let result = try translate(spec("""
            paths:
              /a:
                get:
                  operationId: call
                  security: [{missing: []}, {key: []}]
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                key: {type: apiKey, in: query, name: k}
            """))
        #expect(try names(#require(result.operation("call"))) == [["key"]])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains(
            "warning: the security requirement names 'missing', which 'components.securitySchemes' does not declare"
        ) == true)
    }

    /// Member names come from the naming authority; names `Credentials` uses itself, keywords and
    /// collisions are handled the way property names are.
    @Test func memberNamesAreDistinctSwiftNames() throws {
        let result = try translate(spec("""
            paths:
              /a:
                get:
                  security: [{description: [], default: [], api_key: [], apiKey: []}]
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                description: {type: http, scheme: bearer}
                default: {type: http, scheme: bearer}
                api_key: {type: apiKey, in: header, name: A}
                apiKey: {type: apiKey, in: header, name: B}
            """))
        let schemes = try #require(result.client).securitySchemes
        #expect(schemes.map(\.name) == ["description2", "`default`", "apiKey2", "apiKey"])
        #expect(schemes.map(\.nameLiteral) == [#""description2""#, #""default""#, #""apiKey2""#, #""apiKey""#])
        #expect(result.warnings.count == 2)
        #expect(result.warnings.allSatisfy { $0.contains("is taken in 'Credentials'") })
    }

    private func names(_ operation: OperationContext) -> [[String]] {
        operation.securityAlternatives.map { $0.schemes.map(\.name) }
    }
}
