// Middlewares the tests place around FireblocksAuth: a retrier before it, and tamperers after it
// that change a signed request, which the mock must then refuse.

import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends a request again, through the rest of the chain, while the answer is 429 (at most
/// `attempts` times), as a retry middleware does.
struct RetryOn429: ClientMiddleware {
    var attempts = 3

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var result = try await next(request, body, baseURL)
        for _ in 1..<attempts where result.0.status.code == 429 {
            result = try await next(request, body, baseURL)
        }
        return result
    }
}

/// Changes what FireblocksAuth signed before it goes out.
struct Tamperer: ClientMiddleware {
    var change: @Sendable (inout HTTPRequest, inout HTTPBody?) -> Void

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        var body = body
        change(&request, &body)
        return try await next(request, body, baseURL)
    }
}
