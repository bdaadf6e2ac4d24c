// Shared set-up: a client that talks to a test server through URLSessionTransport, and JSON
// helpers for the model tests.

import CoverageClient
import Foundation
import OpenAPIURLSession

/// Runs `body` with a client whose server URL is a fresh test server's URL plus `/v1`, and returns
/// what `body` returns with the one request the server received.
func withClient<Result: Sendable>(
    respond: @escaping Responder,
    _ body: (_ client: Client) async throws -> Result
) async throws -> (result: Result, request: RecordedRequest?) {
    try await withTestServer(respond: respond) { baseURL, log in
        let client = Client(serverURL: URL(string: baseURL.absoluteString + "/v1")!, transport: URLSessionTransport())
        let result = try await body(client)
        let requests = await log.requests
        return (result, requests.count == 1 ? requests[0] : nil)
    }
}

/// Decodes JSON text with the coders the generated code uses for bodies (ISO 8601 dates with or
/// without fractional seconds).
func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try Date.ISO8601FormatStyle().parse(text)
    }
    return try decoder.decode(Value.self, from: Data(json.utf8))
}

/// Encodes a value as compact JSON text with sorted keys, dates in ISO 8601 with fractional seconds.
func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date))
    }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Decodes `json`, encodes the result, and returns that text (for round-trip checks).
func roundTrip<Value: Codable>(_ type: Value.Type, _ json: String) throws -> String {
    try encode(decode(type, json))
}
