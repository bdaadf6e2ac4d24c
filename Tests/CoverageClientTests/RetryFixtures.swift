// Shared set-up of the retry and pagination tests: a client with a retry policy whose waits are
// recorded instead of slept, every request the server received, and a middleware that sees each
// attempt.

import CoverageClient
import Foundation
import HTTPTypes
import LoopbackServer
import OpenAPIRuntime
import OpenAPIURLSession

/// The waits a retry policy asked for, in order; none is slept.
actor RecordedDelays {
    private(set) var delays: [Duration] = []

    func record(_ delay: Duration) {
        delays.append(delay)
    }
}

/// A retry policy whose sleep records the delay and returns at once, with a fixed jitter.
func recordingPolicy(
    _ delays: RecordedDelays, maxAttempts: Int = 3, jitter: Double = 0.5, now: Date = Date()
) -> RetryPolicy {
    RetryPolicy(
        maxAttempts: maxAttempts, baseDelay: .milliseconds(100), maxDelay: .seconds(10),
        sleep: { await delays.record($0) }, random: { jitter }, now: { now }
    )
}

/// Counts the requests that pass through it and numbers them in an `X-Attempt` header, so the
/// server sees which attempt it got.
final class AttemptCounter: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var seen = 0

    var count: Int { lock.withLock { seen } }

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let attempt = lock.withLock {
            seen += 1
            return seen
        }
        var request = request
        request.headerFields[HTTPField.Name("X-Attempt")!] = String(attempt)
        return try await next(request, body, baseURL)
    }
}

/// Runs `body` with a client of a fresh test server (its URL plus `/v1`) and returns how `body`
/// ended with every request the server received.
func withRecordedClient<Output: Sendable>(
    retryPolicy: RetryPolicy? = nil, middlewares: [any ClientMiddleware] = [],
    respond: @escaping Responder,
    _ body: @escaping @Sendable (_ client: Client) async throws -> Output
) async throws -> (outcome: Result<Output, any Error>, requests: [RecordedRequest]) {
    try await withTestServer(respond: respond) { baseURL, log in
        let client = Client(
            serverURL: URL(string: baseURL.absoluteString + "/v1")!, transport: URLSessionTransport(),
            middlewares: middlewares, retryPolicy: retryPolicy
        )
        let outcome: Result<Output, any Error>
        do {
            outcome = .success(try await body(client))
        } catch {
            outcome = .failure(error)
        }
        return (outcome, await log.requests)
    }
}

/// The responses to give in turn, the last one for every request after them.
func inTurn(_ responses: ScriptedResponse...) -> Responder {
    { _, index in responses[min(index, responses.count - 1)] }
}

extension ScriptedResponse {
    static func status(_ status: Int, headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: headers)
    }
}
