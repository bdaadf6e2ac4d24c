// Shared set-up: a client that talks to a test server through URLSessionTransport, and the
// bodies several tests send.

import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import LoopbackServer
import OpenAPIRuntime
import OpenAPIURLSession

/// The path prefix every test gives the client's server URL, as the spec's servers do (`…/v1`).
let basePath = "/v1"

/// Runs `body` with a client whose server URL is a fresh test server's URL plus `/v1`.
func withClient<Result: Sendable>(
    middlewares: [any ClientMiddleware] = [],
    maxResponseBodySize: Int = 16 * 1024 * 1024,
    respond: @escaping Responder,
    _ body: (_ client: Client, _ log: RequestLog) async throws -> Result
) async throws -> Result {
    try await withTestServer(respond: respond) { baseURL, log in
        let client = Client(
            serverURL: URL(string: baseURL.absoluteString + basePath)!,
            transport: URLSessionTransport(),
            middlewares: middlewares,
            maxResponseBodySize: maxResponseBodySize
        )
        return try await body(client, log)
    }
}

/// Bodies the tests send.
enum Body {
    /// The spec's `ConnectedAccountBalancesResponse` example, assembled from its property examples.
    static let specExample = """
        {"data":[{"assetId":"BTC","availableAmount":"100.00","totalAmount":"120.00",\
        "balanceType":"FUNDING","balanceName":"Trader1 Wallet"}],"total":2,"next":"eyJwYWdlIjoyfQ=="}
        """

    /// A valid page without rows.
    static let emptyPage = #"{"data":[]}"#

    /// A valid page with one row per asset ID and a `next` cursor when given.
    static func page(_ assetIDs: [String], next: String? = nil) -> String {
        let rows = assetIDs.map {
            #"{"assetId":"\#($0)","availableAmount":"1","totalAmount":"1","balanceType":"SPOT"}"#
        }
        let nextMember = next.map { #","next":"\#($0)""# } ?? ""
        return #"{"data":[\#(rows.joined(separator: ","))]\#(nextMember)}"#
    }
}

/// Answers every request with `200` and an empty page.
let alwaysEmptyPage: Responder = { _, _ in .json(Body.emptyPage) }

/// An HTTP header name the tests know to be valid.
func headerName(_ name: String) -> HTTPField.Name {
    HTTPField.Name(name)!
}
