// A loopback HTTP server for exercising generated clients over a real transport: it records every
// request exactly as it arrived, body included, and answers each with a response the test scripts.
// Shared by the generated clients' test targets.
//
// A module of its own because FlyingFox and HTTPTypes both declare `HTTPRequest`.

import FlyingFox
import Foundation

/// A request as the server received it.
public struct RecordedRequest: Sendable {
    /// The method, e.g. `GET`.
    public var method: String
    /// The path as sent on the wire, still percent-encoded (`/v1/connected_accounts/a%2Fb/balances`).
    public var path: String
    /// The query as sent on the wire, without `?`, still percent-encoded; `""` without one.
    public var query: String
    /// The request target as sent: the path, then `?` and the query when there is one.
    public var target: String
    /// Every header, in no particular order.
    public var headers: [(name: String, value: String)]
    /// The body bytes as received.
    public var body: Data

    /// The values of a header, by case-insensitive name.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The value of a header that must appear once, by case-insensitive name.
    public func header(_ name: String) -> String? {
        let values = headerValues(name)
        return values.count == 1 ? values[0] : nil
    }
}

/// The response the server sends for one request.
public struct ScriptedResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with an `application/json` body written as text.
    public static func json(
        _ text: String, status: Int = 200, headers: [(name: String, value: String)] = []
    ) -> ScriptedResponse {
        ScriptedResponse(
            status: status,
            headers: [("Content-Type", "application/json")] + headers,
            body: Data(text.utf8)
        )
    }
}

/// Chooses the response for the request with the given 0-based index.
public typealias Responder = @Sendable (_ request: RecordedRequest, _ index: Int) -> ScriptedResponse

/// The requests a running server has received, in arrival order.
public actor RequestLog {
    public private(set) var requests: [RecordedRequest] = []

    fileprivate func record(_ request: RecordedRequest) -> Int {
        requests.append(request)
        return requests.count - 1
    }
}

public enum TestServerError: Error {
    case noIPv4ListeningAddress
}

/// Runs `body` against a fresh server on an OS-chosen loopback port and stops the server
/// afterwards, whether `body` returns or throws.
///
/// - Parameters:
///   - respond: Chooses the response to each request.
///   - body: Receives the server's base URL (`http://127.0.0.1:<port>`) and its request log.
public func withTestServer<Result: Sendable>(
    respond: @escaping Responder,
    _ body: (_ baseURL: URL, _ log: RequestLog) async throws -> Result
) async throws -> Result {
    let log = RequestLog()
    let server = HTTPServer(
        address: try .inet(ip4: "127.0.0.1", port: 0),
        timeout: 10,
        logger: .disabled
    )
    await server.appendRoute("*") { request in
        let recorded = RecordedRequest(
            method: request.method.rawValue,
            path: request.target.path(),
            query: request.target.query(),
            target: request.target.rawValue,
            headers: request.headers.map { (name: $0.key.rawValue, value: $0.value) },
            body: try await request.bodyData
        )
        let index = await log.record(recorded)
        let scripted = respond(recorded, index)
        var headers = HTTPHeaders()
        for (name, value) in scripted.headers {
            headers.addValue(value, for: HTTPHeader(name))
        }
        return HTTPResponse(
            statusCode: HTTPStatusCode(scripted.status, phrase: "Scripted"),
            headers: headers,
            body: scripted.body
        )
    }
    let serverTask = Task { try await server.run() }
    do {
        try await server.waitUntilListening()
        guard case let .ip4(_, port) = await server.listeningAddress else {
            throw TestServerError.noIPv4ListeningAddress
        }
        let result = try await body(URL(string: "http://127.0.0.1:\(port)")!, log)
        await server.stop(timeout: 0)
        serverTask.cancel()
        return result
    } catch {
        await server.stop(timeout: 0)
        serverTask.cancel()
        throw error
    }
}
