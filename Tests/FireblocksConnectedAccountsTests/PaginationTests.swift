// Walking every page by feeding each response's `next` back as `pageCursor`.

import FireblocksConnectedAccounts
import Foundation
import LoopbackServer
import Testing

@Suite struct PaginationTests {
    @Test func cursorWalkVisitsEveryPageOnce() async throws {
        // Pages keyed by the raw query the client must send for them.
        let pages: [String: String] = [
            "pageSize=2": Body.page(["BTC", "ETH"], next: "c2"),
            "pageSize=2&pageCursor=c2": Body.page(["SOL", "USDC"], next: "c3+/="),
            "pageSize=2&pageCursor=c3%2B%2F%3D": Body.page(["XRP"]),
        ]
        let respond: Responder = { request, _ in
            guard let page = pages[request.query] else {
                return .json(#"{"message":"unexpected query \#(request.query)"}"#, status: 400)
            }
            return .json(page)
        }
        let (rows, requests) = try await withClient(respond: respond) { client, log in
            let first = try await client.getConnectedAccountBalances(accountId: "acc-1", pageSize: 2)
            var rows = first.body.data
            var next = first.body.next
            var pageCount = 1
            while let cursor = next, pageCount < 10 {
                let page = try await client.getConnectedAccountBalances(
                    accountId: "acc-1", pageSize: 2, pageCursor: cursor)
                rows += page.body.data
                next = page.body.next
                pageCount += 1
            }
            return (rows, await log.requests)
        }
        #expect(requests.map(\.query) == ["pageSize=2", "pageSize=2&pageCursor=c2", "pageSize=2&pageCursor=c3%2B%2F%3D"])
        #expect(requests.allSatisfy { $0.path == "/v1/connected_accounts/acc-1/balances" })
        #expect(rows.map(\.assetId) == ["BTC", "ETH", "SOL", "USDC", "XRP"])
        #expect(rows.count == 5)
    }
}
