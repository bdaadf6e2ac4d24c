// The generated `Credentials` over URLSessionTransport against a loopback server: where each kind
// of security scheme puts its credential on the wire, which alternative of a requirement is sent,
// and that middlewares see the credentials.

@testable import CoverageClient
import Foundation
import HTTPTypes
import LoopbackServer
import OpenAPIRuntime
import OpenAPIURLSession
import Testing

/// Every member of the coverage spec's `Credentials` set, each to a different value.
private let allCredentials = Credentials(
    apiKeyHeader: "header-key",
    apiKeyQuery: "query-key",
    apiKeyCookie: "cookie-key",
    bearerAuth: "bearer-token",
    basicAuth: BasicCredentials(username: "alice", password: "open sesame"),
    oauth: "oauth-token"
)

/// Runs one call with `credentials` and returns the request the server received.
private func request(
    with credentials: Credentials, _ call: @escaping @Sendable (Client) async throws -> Void
) async throws -> RecordedRequest? {
    try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
        var client = client
        client.credentials = credentials
        try await call(client)
    }.request
}

@Suite struct SecuritySchemeTests {
    @Test func theDocumentsRequirementAppliesToAnOperationWithoutItsOwn() async throws {
        let sent = try await request(with: Credentials(apiKeyHeader: "k-1")) { _ = try await $0.authByDocument() }
        #expect(sent?.header("X-API-Key") == "k-1")
        #expect(sent?.header("Authorization") == nil)
    }

    @Test func anOperationsRequirementReplacesTheDocuments() async throws {
        let sent = try await request(with: allCredentials) { _ = try await $0.authByBearer() }
        #expect(sent?.header("Authorization") == "Bearer bearer-token")
        #expect(sent?.header("X-API-Key") == nil)
    }

    @Test func aQueryAPIKeyIsAppendedPercentEncoded() async throws {
        let key = Credentials(apiKeyQuery: "a+b=c&d/é")
        let withPage = try await request(with: key) { _ = try await $0.authByQueryKey(page: 2) }
        #expect(withPage?.query == "page=2&api_key=a%2Bb%3Dc%26d%2F%C3%A9")
        let alone = try await request(with: key) { _ = try await $0.authByQueryKey() }
        #expect(alone?.query == "api_key=a%2Bb%3Dc%26d%2F%C3%A9")
        #expect(alone?.path == "/v1/auth/query")
    }

    @Test func aCookieAPIKeyJoinsTheOperationsCookies() async throws {
        let key = Credentials(apiKeyCookie: "s 1;x")
        let withTheme = try await request(with: key) { _ = try await $0.authByCookieKey(theme: "dark") }
        #expect(withTheme?.header("Cookie") == "theme=dark; session=s%201%3Bx")
        let alone = try await request(with: key) { _ = try await $0.authByCookieKey() }
        #expect(alone?.header("Cookie") == "session=s%201%3Bx")
    }

    @Test func aBearerTokenGoesInAuthorization() async throws {
        let sent = try await request(with: Credentials(bearerAuth: "t.o.k")) { _ = try await $0.authByBearer() }
        #expect(sent?.header("Authorization") == "Bearer t.o.k")
    }

    @Test func basicIsTheBase64OfUsernameColonPassword() async throws {
        let basic = BasicCredentials(username: "alice", password: "p@ss:wörd")
        let sent = try await request(with: Credentials(basicAuth: basic)) { _ = try await $0.authByBasic() }
        let expected = "Basic " + Data("alice:p@ss:wörd".utf8).base64EncodedString()
        #expect(expected == "Basic YWxpY2U6cEBzczp3w7ZyZA==")
        #expect(sent?.header("Authorization") == expected)
    }

    @Test func anOAuth2TokenIsSentAsABearerToken() async throws {
        let sent = try await request(with: Credentials(oauth: "access")) { _ = try await $0.authByOAuth() }
        #expect(sent?.header("Authorization") == "Bearer access")
    }

    @Test func theFirstCompleteAlternativeIsSentWhole() async throws {
        let sent = try await request(with: allCredentials) { _ = try await $0.authByAlternatives() }
        #expect(sent?.header("X-API-Key") == "header-key")
        #expect(sent?.header("Authorization") == "Bearer bearer-token")
    }

    @Test func anIncompleteAlternativeIsSkippedEntirely() async throws {
        // The first alternative needs the API key and the bearer token: with the key alone, the
        // second one (basic) is sent, and the key is not.
        let credentials = Credentials(apiKeyHeader: "header-key", basicAuth: BasicCredentials(username: "u", password: "p"))
        let sent = try await request(with: credentials) { _ = try await $0.authByAlternatives() }
        #expect(sent?.header("X-API-Key") == nil)
        #expect(sent?.header("Authorization") == "Basic dTpw")
    }

    @Test func noCompleteAlternativeSendsNothing() async throws {
        let sent = try await request(with: Credentials(apiKeyHeader: "header-key")) { _ = try await $0.authByAlternatives() }
        #expect(sent?.header("X-API-Key") == nil)
        #expect(sent?.header("Authorization") == nil)
    }

    @Test func anEmptyRequirementSendsNoCredentials() async throws {
        let sent = try await request(with: allCredentials) { _ = try await $0.authNone() }
        let names = sent?.headers.map { $0.name.lowercased() } ?? ["no request"]
        #expect(!names.contains("x-api-key") && !names.contains("authorization") && !names.contains("cookie"))
        #expect(sent?.query == "")
    }

    @Test func aClientWithoutCredentialsSendsNone() async throws {
        let (_, sent) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.authByAlternatives()
        }
        #expect(sent?.header("X-API-Key") == nil)
        #expect(sent?.header("Authorization") == nil)
    }

    @Test func aParameterNamedCredentialsIsNotTheClientsCredentials() async throws {
        let (_, sent) = try await withClient(respond: { _ in ScriptedResponse(status: 200, body: Data("echo".utf8)) }) { client in
            var client = client
            client.credentials = Credentials(apiKeyHeader: "header-key")
            return try await client.shadowLocals(request: "r", credentials: "mine", body: "payload")
        }
        #expect(sent?.query == "credentials=mine")
        #expect(sent?.header("X-API-Key") == "header-key")
    }

    @Test func middlewaresSeeTheCredentialsAndCanReplaceThem() async throws {
        let middleware = ReplacingAuthorization()
        let sent = try await withTestServer(respond: { _, _ in ScriptedResponse(status: 204) }) { baseURL, log in
            let client = Client(
                serverURL: baseURL, transport: URLSessionTransport(), credentials: Credentials(bearerAuth: "from-credentials"),
                middlewares: [middleware]
            )
            _ = try await client.authByBearer()
            return await log.requests.first
        }
        #expect(await middleware.seen == ["Bearer from-credentials"])
        #expect(sent?.header("Authorization") == "Bearer from-middleware")
    }
}

@Suite struct CredentialsDescriptionTests {
    static let secrets = ["header-key", "query-key", "cookie-key", "bearer-token", "alice", "open sesame", "oauth-token"]

    @Test func descriptionsNameTheSetMembersWithoutTheirValues() {
        let partial = Credentials(apiKeyHeader: "header-key", basicAuth: BasicCredentials(username: "alice", password: "open sesame"))
        #expect(
            partial.description
                == "Credentials(apiKeyHeader: <redacted>, apiKeyQuery: nil, apiKeyCookie: nil, bearerAuth: nil, basicAuth: <redacted>, oauth: nil)"
        )
        #expect(BasicCredentials(username: "alice", password: "open sesame").description == "BasicCredentials(username: <redacted>, password: <redacted>)")
    }

    @Test func noOutputShowsASecret() {
        var dumped = ""
        dump(allCredentials, to: &dumped)
        let client = Client(transport: URLSessionTransport(), credentials: allCredentials)
        var dumpedClient = ""
        dump(client, to: &dumpedClient)
        let basic = allCredentials.basicAuth
        let outputs = [
            "\(allCredentials)", String(reflecting: allCredentials), dumped, "\(client)", String(reflecting: client), dumpedClient,
            "\(String(describing: basic))", String(reflecting: basic),
        ]
        for output in outputs {
            #expect(output.contains("<redacted>"), "\(output)")
            for secret in Self.secrets {
                #expect(!output.contains(secret), "\(output)")
            }
        }
    }
}

/// Records the `Authorization` a request reaches it with, and replaces it.
private actor ReplacingAuthorization: ClientMiddleware {
    private(set) var seen: [String] = []

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        seen.append(request.headerFields[.authorization] ?? "none")
        var request = request
        request.headerFields[.authorization] = "Bearer from-middleware"
        return try await next(request, body, baseURL)
    }
}
