// Shared set-up: the generated client signing through FireblocksAuth against the mock server on
// loopback, and a hand-made call for requests the client has no operation for.

import FireblocksAuth
import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import LoopbackServer
import OpenAPIRuntime
import OpenAPIURLSession

/// The middleware as the tests' API user has it, with the given clock and nonces.
func userAuth(
    form: PEMForm = .pkcs8,
    now: @escaping @Sendable () -> Date = { Date() },
    nonce: @escaping @Sendable () -> UUID = { UUID() }
) throws -> FireblocksAuth {
    try FireblocksAuth(apiKey: TestKeys.apiKey, secretKeyPEM: form.text(of: TestKeys.user), now: now, nonce: nonce)
}

/// Runs `body` against a fresh mock server, with a client whose server URL is the server's plus
/// `/v1` (as the spec's servers are) and whose middlewares are `middlewares`.
func withMockFireblocks<Result: Sendable>(
    middlewares: [any ClientMiddleware],
    answer: @escaping @Sendable (_ acceptedIndex: Int) -> ScriptedResponse = { _ in .json(balancesPage) },
    now: @escaping @Sendable () -> Date = { Date() },
    _ body: (_ client: Client, _ mock: MockFireblocks, _ log: RequestLog, _ serverURL: URL) async throws -> Result
) async throws -> Result {
    let mock = try await MockFireblocks(now: now)
    return try await withTestServer(respond: mock.responder(answer: answer)) { baseURL, log in
        let serverURL = baseURL.appending(path: "v1")
        let client = Client(serverURL: serverURL, transport: URLSessionTransport(), middlewares: middlewares)
        return try await body(client, mock, log, serverURL)
    }
}

/// Sends one request through `middlewares` and URLSessionTransport, the way a generated operation
/// does, and returns the response's status.
func send(
    _ request: HTTPRequest,
    body: HTTPBody? = nil,
    through middlewares: [any ClientMiddleware],
    serverURL: URL
) async throws -> Int {
    let transport = URLSessionTransport()
    var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
        try await transport.send($0, body: $1, baseURL: $2, operationID: "handMade")
    }
    for middleware in middlewares.reversed() {
        let inner = next
        next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: "handMade", next: inner) }
    }
    return try await next(request, body, serverURL).0.status.code
}

/// A request without scheme and authority, as generated operations make them.
func relativeRequest(_ method: HTTPRequest.Method, _ path: String) -> HTTPRequest {
    HTTPRequest(method: method, scheme: nil, authority: nil, path: path)
}

/// The SHA-256 of the empty byte string, from FIPS 180-2's test vectors.
let emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

extension Array {
    /// The only element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
