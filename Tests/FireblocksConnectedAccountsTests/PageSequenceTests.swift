// The generated sequences of the balances endpoint: `getConnectedAccountBalancesItems` walks every
// page by feeding each page's `next` back as `pageCursor`.

import FireblocksConnectedAccounts
import Foundation
import LoopbackServer
import Testing

@Suite struct PageSequenceTests {
    /// Three pages keyed by the raw query the client must send for each.
    static let threePages: Responder = { request, _ in
        let pages = [
            "pageSize=2": Body.page(["BTC", "ETH"], next: "c2"),
            "pageSize=2&pageCursor=c2": Body.page(["SOL", "USDC"], next: "c3+/="),
            "pageSize=2&pageCursor=c3%2B%2F%3D": Body.page(["XRP"]),
        ]
        guard let page = pages[request.query] else {
            return .json(#"{"message":"unexpected query \#(request.query)"}"#, status: 400)
        }
        return .json(page)
    }

    @Test func theItemsWalkEveryPageOnce() async throws {
        let (rows, requests) = try await withClient(respond: Self.threePages) { client, log in
            var rows: [String] = []
            for try await row in client.getConnectedAccountBalancesItems(accountId: "acc-1", pageSize: 2) {
                rows.append(row.assetId)
            }
            return (rows, await log.requests)
        }
        #expect(rows == ["BTC", "ETH", "SOL", "USDC", "XRP"])
        #expect(requests.map(\.query) == ["pageSize=2", "pageSize=2&pageCursor=c2", "pageSize=2&pageCursor=c3%2B%2F%3D"])
        #expect(requests.allSatisfy { $0.path == "/v1/connected_accounts/acc-1/balances" })
    }

    @Test func thePagesKeepTheirHeaders() async throws {
        let respond: Responder = { request, index in
            var response = Self.threePages(request, index)
            response.headers.append(("X-Request-ID", "r\(index)"))
            return response
        }
        let pages = try await withClient(respond: respond) { client, _ in
            var pages: [String] = []
            for try await page in client.getConnectedAccountBalancesPages(accountId: "acc-1", pageSize: 2) {
                pages.append("\(page.xRequestID ?? "-") \(page.body.data.count) \(page.body.next ?? "-")")
            }
            return pages
        }
        #expect(pages == ["r0 2 c2", "r1 2 c3+/=", "r2 1 -"])
    }

    @Test func aValidationErrorEndsTheSequenceBeforeAnyRequest() async throws {
        let requests = try await withClient(respond: Self.threePages) { client, log in
            await #expect(throws: RequestValidationError(parameter: "pageSize", problem: "must be at most 1000")) {
                for try await _ in client.getConnectedAccountBalancesItems(accountId: "acc-1", pageSize: 5000) {}
            }
            return await log.requests
        }
        #expect(requests.isEmpty)
    }
}
