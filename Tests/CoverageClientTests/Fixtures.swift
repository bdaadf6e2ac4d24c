// Shared set-up: a client that talks to a test server through URLSessionTransport, and JSON
// helpers for the model tests.

@testable import CoverageClient
import Foundation
import LoopbackServer
import OpenAPIURLSession
import Testing

/// Runs `body` with a client whose server URL is a fresh test server's URL plus `/v1`, and returns
/// what `body` returns with the one request the server received.
func withClient<Result: Sendable>(
    respond: @escaping @Sendable (_ request: RecordedRequest) -> ScriptedResponse,
    _ body: (_ client: Client) async throws -> Result
) async throws -> (result: Result, request: RecordedRequest?) {
    try await withTestServer(respond: { request, _ in respond(request) }) { baseURL, log in
        let client = Client(serverURL: URL(string: baseURL.absoluteString + "/v1")!, transport: URLSessionTransport())
        let result = try await body(client)
        let requests = await log.requests
        return (result, requests.count == 1 ? requests[0] : nil)
    }
}

/// Decodes JSON text with the coders the generated code uses for bodies.
func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONCoding.decoder().decode(Value.self, from: Data(json.utf8))
}

/// Encodes a value as JSON text with the generated code's encoder (sorted keys, ISO 8601 dates).
func encode(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self)
}

/// Decodes `json`, encodes the result, and returns that text (for round-trip checks).
func roundTrip<Value: Codable>(_ type: Value.Type, _ json: String) throws -> String {
    try encode(decode(type, json))
}

/// What the server answers for an `Account`: the read-only properties, no write-only one.
let storedAccount = #"{"createdAt":"2024-02-29T12:30:00Z","id":"a1","name":"Ann","owner":{"handle":"ann","id":"o1"}}"#

/// The answer of a server that must not be reached: the test fails if it is.
func unreachable(_ request: RecordedRequest) -> ScriptedResponse {
    Issue.record("a request was sent: \(request.method) \(request.path)")
    return .json(storedAccount)
}
