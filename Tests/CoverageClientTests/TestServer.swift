// A loopback HTTP server for exercising the generated client over a real transport: it records
// every request exactly as it arrived, body included, and answers each with a scripted response.
//
// Kept apart from the tests because FlyingFox and HTTPTypes both declare `HTTPRequest`.

import FlyingFox
import Foundation

/// A request as the server received it.
struct RecordedRequest: Sendable {
    /// The method, e.g. `GET`.
    var method: String
    /// The path as sent on the wire, still percent-encoded.
    var path: String
    /// The query as sent on the wire, without `?`, still percent-encoded; `""` without one.
    var query: String
    /// Every header, in no particular order.
    var headers: [(name: String, value: String)]
    /// The body bytes as received.
    var body: Data

    /// The value of a header that appears once, by case-insensitive name.
    func header(_ name: String) -> String? {
        let values = headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        return values.count == 1 ? values[0] : nil
    }
}

/// The response the server sends for one request.
struct ScriptedResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: Data

    init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with an `application/json` body written as text.
    static func json(_ text: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }
}

/// Chooses the response for a request.
typealias Responder = @Sendable (_ request: RecordedRequest) -> ScriptedResponse

/// The requests a running server has received, in arrival order.
actor RequestLog {
    private(set) var requests: [RecordedRequest] = []

    fileprivate func record(_ request: RecordedRequest) {
        requests.append(request)
    }
}

enum TestServerError: Error {
    case noIPv4ListeningAddress
}

/// Runs `body` against a fresh server on an OS-chosen loopback port and stops the server
/// afterwards, whether `body` returns or throws.
func withTestServer<Result: Sendable>(
    respond: @escaping Responder,
    _ body: (_ baseURL: URL, _ log: RequestLog) async throws -> Result
) async throws -> Result {
    let log = RequestLog()
    let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 10, logger: .disabled)
    await server.appendRoute("*") { request in
        let recorded = RecordedRequest(
            method: request.method.rawValue,
            path: request.target.path(),
            query: request.target.query(),
            headers: request.headers.map { (name: $0.key.rawValue, value: $0.value) },
            body: try await request.bodyData
        )
        await log.record(recorded)
        let scripted = respond(recorded)
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
