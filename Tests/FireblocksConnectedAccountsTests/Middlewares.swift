// Client middlewares the tests install to observe or change what the client does.

import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Records what the client hands to the middleware chain, then passes the request on.
actor RequestRecorder: ClientMiddleware {
    private(set) var requests: [HTTPRequest] = []
    private(set) var baseURLs: [URL] = []
    private(set) var operationIDs: [String] = []

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        requests.append(request)
        baseURLs.append(baseURL)
        operationIDs.append(operationID)
        return try await next(request, body, baseURL)
    }
}

/// Sets a request header.
struct HeaderSetter: ClientMiddleware {
    var name: HTTPField.Name
    var value: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[name] = value
        return try await next(request, body, baseURL)
    }
}

/// The order in which middlewares saw the request go out and the response come back.
actor EventLog {
    private(set) var events: [String] = []
    func append(_ event: String) { events.append(event) }
}

/// Appends its name to the `X-Order` request header and logs when it runs.
struct OrderTracer: ClientMiddleware {
    static let header = HTTPField.Name("X-Order")!

    var name: String
    var log: EventLog

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[Self.header] = (request.headerFields[Self.header] ?? "") + name
        await log.append("\(name) request")
        let result = try await next(request, body, baseURL)
        await log.append("\(name) response")
        return result
    }
}

struct StoppedByMiddleware: Error, Equatable {}

/// Throws instead of calling the rest of the chain, so nothing reaches the transport.
struct Stopper: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        throw StoppedByMiddleware()
    }
}
