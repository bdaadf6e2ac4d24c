// Calls the client the build plugin generated from Sources/ConnectedAccounts/openapi.yaml, through a
// transport that records the request and answers with a canned response.

import ConnectedAccounts
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// A `ClientTransport` that records each request and answers every one with the same response.
final class StubTransport: ClientTransport {
    struct Sent: Sendable {
        var request: HTTPRequest
        var baseURL: URL
        var operationID: String
    }

    private let status: HTTPResponse.Status
    private let body: String
    private let recorded = Recorded()

    init(status: HTTPResponse.Status, json body: String) {
        self.status = status
        self.body = body
    }

    var sent: [Sent] {
        get async { await recorded.all }
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        await recorded.append(Sent(request: request, baseURL: baseURL, operationID: operationID))
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[HTTPField.Name("X-Request-ID")!] = "req-42"
        return (HTTPResponse(status: status, headerFields: headers), HTTPBody(self.body))
    }

    private actor Recorded {
        var all: [Sent] = []
        func append(_ sent: Sent) { all.append(sent) }
    }
}

@Suite struct GeneratedClientTests {
    let serverURL = URL(string: "https://sandbox.example.com/v1")!

    @Test func decodesTheBalancesAndSendsTheDocumentedRequest() async throws {
        let transport = StubTransport(status: .ok, json: """
            {"data":[{"assetId":"BTC","availableAmount":"100.00","totalAmount":"120.00","lockedAmount":"20.00",\
            "balanceType":"SPOT"}],"total":1,"next":"cursor-2"}
            """)
        let client = ConnectedAccountsClient(serverURL: serverURL, transport: transport)

        let output = try await client.getConnectedAccountBalances(accountId: "acc 1/2", pageSize: 50)

        #expect(output.status == 200)
        #expect(output.xRequestID == "req-42")
        #expect(output.body.total == 1)
        #expect(output.body.next == "cursor-2")
        let row = try #require(output.body.data.first)
        #expect(row.assetId == "BTC")
        #expect(row.availableAmount == "100.00")
        #expect(row.totalAmount == "120.00")
        #expect(row.lockedAmount == "20.00")
        #expect(row.balanceType == "SPOT")

        let sent = try #require(await transport.sent.first)
        #expect(sent.request.method == .get)
        #expect(sent.request.path == "/connected_accounts/acc%201%2F2/balances?pageSize=50")
        #expect(sent.request.headerFields[.accept] == "application/json")
        #expect(sent.baseURL == serverURL)
        #expect(sent.operationID == "getConnectedAccountBalances")
    }

    @Test func throwsTheDocumentedErrorForOtherStatuses() async throws {
        let transport = StubTransport(status: .notFound, json: #"{"message":"no such account","code":1404}"#)
        let client = ConnectedAccountsClient(serverURL: serverURL, transport: transport)

        let error = try await #require(throws: APIError<ErrorSchema>.self) {
            try await client.getConnectedAccountBalances(accountId: "missing")
        }
        #expect(error.status == 404)
        #expect(error.body?.message == "no such account")
        #expect(await transport.sent.first?.request.path == "/connected_accounts/missing/balances")
    }

    @Test func checksTheSpecConstraintsBeforeSending() async throws {
        let transport = StubTransport(status: .ok, json: #"{"data":[]}"#)
        let client = ConnectedAccountsClient(serverURL: serverURL, transport: transport)

        await #expect(throws: RequestValidationError.self) {
            try await client.getConnectedAccountBalances(accountId: "acc-1", pageSize: 1001)
        }
        #expect(await transport.sent.isEmpty)
    }
}

@Test func handWrittenCodeUsesTheGeneratedServers() async throws {
    let transport = StubTransport(status: .ok, json: #"{"data":[]}"#)
    let output = try await ConnectedAccountsClient.sandbox(transport: transport).getConnectedAccountBalances(accountId: "acc-1")
    #expect(output.body.data.isEmpty)
    #expect(await transport.sent.first?.baseURL == URL(string: "https://sandbox-api.fireblocks.io/v1")!)
}
