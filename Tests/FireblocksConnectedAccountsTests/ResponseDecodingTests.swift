// How a 200 response becomes `GetConnectedAccountBalancesOutput`: the typed body, the status and
// the headers.

import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import LoopbackServer
import Testing

@Suite struct ResponseDecodingTests {
    @Test func specExampleDecodesIntoTheModel() async throws {
        let output = try await withClient(respond: { _, _ in .json(Body.specExample) }) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(output.status == 200)
        let row = try #require(output.body.data.only)
        #expect(row.assetId == "BTC")
        #expect(row.availableAmount == "100.00")
        #expect(row.totalAmount == "120.00")
        #expect(row.lockedAmount == nil)
        #expect(row.creditAmount == nil)
        #expect(row.balanceType == "FUNDING")
        #expect(row.balanceName == "Trader1 Wallet")
        #expect(output.body.total == 2)
        #expect(output.body.next == "eyJwYWdlIjoyfQ==")
        #expect(
            output.body
                == ConnectedAccountBalancesResponse(
                    data: [
                        ConnectedAccountBalances(
                            assetId: "BTC", availableAmount: "100.00", totalAmount: "120.00",
                            balanceType: "FUNDING", balanceName: "Trader1 Wallet")
                    ],
                    total: 2, next: "eyJwYWdlIjoyfQ=="))
    }

    @Test func everyPropertyOfARowDecodes() async throws {
        let body = """
            {"data":[{"assetId":"ETH","availableAmount":"1.5","totalAmount":"2.5","lockedAmount":"1.0",\
            "creditAmount":"0","balanceType":"MARGIN","balanceName":"Margin é"}],"total":0}
            """
        let output = try await withClient(respond: { _, _ in .json(body) }) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(
            output.body
                == ConnectedAccountBalancesResponse(
                    data: [
                        ConnectedAccountBalances(
                            assetId: "ETH", availableAmount: "1.5", totalAmount: "2.5", lockedAmount: "1.0",
                            creditAmount: "0", balanceType: "MARGIN", balanceName: "Margin é")
                    ],
                    total: 0, next: nil))
    }

    @Test func unknownFieldsAreIgnoredAndMissingOptionalsAreNil() async throws {
        let body = """
            {"unexpected":{"nested":[1,2,{"x":null}]},"data":[{"assetId":"SOL","availableAmount":"3",\
            "totalAmount":"4","balanceType":"SPOT","futureField":true,"balanceName":null}],"alsoNew":"yes"}
            """
        let output = try await withClient(respond: { _, _ in .json(body) }) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        let row = try #require(output.body.data.only)
        #expect(row.assetId == "SOL")
        #expect(row.availableAmount == "3")
        #expect(row.totalAmount == "4")
        #expect(row.balanceType == "SPOT")
        #expect(row.lockedAmount == nil)
        #expect(row.creditAmount == nil)
        #expect(row.balanceName == nil)
        #expect(output.body.total == nil)
        #expect(output.body.next == nil)
    }

    @Test func emptyDataDecodes() async throws {
        let output = try await withClient(respond: { _, _ in .json(Body.emptyPage) }) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(output.body == ConnectedAccountBalancesResponse(data: []))
    }

    @Test func requestIDHeaderIsReadable() async throws {
        let respond: Responder = { _, _ in
            .json(Body.emptyPage, headers: [("X-Request-ID", "req-42"), ("X-Other", "o")])
        }
        let output = try await withClient(respond: respond) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(output.status == 200)
        #expect(output.xRequestID == "req-42")
        #expect(output.headerFields[headerName("X-Request-ID")] == "req-42")
        #expect(output.headerFields[headerName("x-request-id")] == "req-42")
        #expect(output.headerFields[headerName("X-Other")] == "o")
        #expect(output.headerFields[.contentType] == "application/json")
    }

    @Test func requestIDHeaderNameIsCaseInsensitive() async throws {
        let respond: Responder = { _, _ in .json(Body.emptyPage, headers: [("x-request-id", "lower")]) }
        let output = try await withClient(respond: respond) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(output.xRequestID == "lower")
    }

    @Test func missingRequestIDHeaderIsNil() async throws {
        let output = try await withClient(respond: alwaysEmptyPage) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(output.xRequestID == nil)
        #expect(output.headerFields[headerName("X-Request-ID")] == nil)
    }

    @Test func bodyOfExactlyTheMaximumSizeIsRead() async throws {
        let size = Body.specExample.utf8.count
        let output = try await withClient(
            maxResponseBodySize: size, respond: { _, _ in .json(Body.specExample) }
        ) { client, _ in
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(output.body.data.count == 1)
    }

    /// An over-size body fails with the client's own error, which keeps the status and headers.
    @Test func bodyOverTheMaximumSizeFails() async throws {
        let limit = Body.specExample.utf8.count - 1
        try await withClient(
            maxResponseBodySize: limit,
            respond: { _, _ in .json(Body.specExample, headers: [("X-Request-ID", "big-1")]) }
        ) { client, log in
            let error = try await #require(throws: ResponseTooLargeError.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
            #expect(error.status == 200)
            #expect(error.limit == limit)
            #expect(error.operationID == "getConnectedAccountBalances")
            #expect(error.headerFields[headerName("X-Request-ID")] == "big-1")
            #expect(error.description == "getConnectedAccountBalances: the HTTP 200 response body is larger than \(limit) bytes")
            #expect(await log.requests.count == 1)
        }
    }
}
