// A mock Fireblocks that pages: three pages of balances chained by `next` cursors, each request's
// JWT verified by MockFireblocks first (401 with Fireblocks' error body otherwise).

import Foundation
import LoopbackServer

enum PagedFireblocks {
    /// The rows of each page, in order.
    static let pages: [[String]] = [
        [
            #"{"assetId":"BTC","availableAmount":"0.5","totalAmount":"0.75","lockedAmount":"0.25","balanceType":"SPOT"}"#,
            #"{"assetId":"ETH","availableAmount":"12.000001","totalAmount":"12.000001","balanceType":"SPOT"}"#,
            #"{"assetId":"USDC","availableAmount":"1000","totalAmount":"1500","lockedAmount":"500","balanceType":"MARGIN","balanceName":"Margin"}"#,
        ],
        [
            #"{"assetId":"SOL","availableAmount":"3","totalAmount":"3","balanceType":"SPOT"}"#,
            #"{"assetId":"XRP","availableAmount":"250","totalAmount":"250","lockedAmount":"0","balanceType":"SPOT"}"#,
        ],
        [
            #"{"assetId":"DOGE","availableAmount":"42","totalAmount":"42","balanceType":"FUNDING"}"#,
        ],
    ]

    /// The cursor that leads to page `index` (page 0 needs none).
    static func cursor(to index: Int) -> String { "page+\(index)/x" }

    /// Answers the balances endpoint by the request's `pageCursor`, with `X-Request-ID` and the
    /// lifecycle header Fireblocks sends on beta endpoints.
    static func responder(_ mock: MockFireblocks, lifecycle: [(String, String)] = [("Fireblocks-Lifecycle-State", "beta")]) -> Responder {
        { request, index in
            guard case .success = mock.check(request) else {
                return ScriptedResponse(
                    status: 401,
                    headers: [("Content-Type", "application/json"), ("X-Request-ID", "req-401")],
                    body: Data(#"{"code":-7,"message":"Unauthorized: the JWT could not be verified"}"#.utf8)
                )
            }
            let cursor = query(request.query)["pageCursor"]
            let page = (0..<pages.count).first { $0 == 0 ? cursor == nil : cursor == Self.cursor(to: $0) }
            guard let page else {
                return ScriptedResponse(status: 400, headers: [("Content-Type", "application/json")], body: Data(#"{"code":1,"message":"bad cursor"}"#.utf8))
            }
            let next = page + 1 < pages.count ? #","next":"\#(Self.cursor(to: page + 1))""# : ""
            let body = #"{"data":[\#(pages[page].joined(separator: ","))],"total":6\#(next)}"#
            return ScriptedResponse(
                status: 200,
                headers: [("Content-Type", "application/json"), ("X-Request-ID", "req-\(index)")] + lifecycle,
                body: Data(body.utf8)
            )
        }
    }

    /// The query's decoded name/value pairs.
    static func query(_ text: String) -> [String: String] {
        var pairs: [String: String] = [:]
        for item in text.split(separator: "&") {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            if parts.count == 2 { pairs[parts[0]] = parts[1] }
        }
        return pairs
    }
}
