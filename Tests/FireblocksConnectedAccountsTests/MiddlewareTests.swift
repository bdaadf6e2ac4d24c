// Client middlewares: applied to every request, in the order given, outermost first.

import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite struct MiddlewareTests {
    @Test func headerAddedByAMiddlewareReachesTheServer() async throws {
        let bearer = HeaderSetter(name: .authorization, value: "Bearer t")
        let requests = try await withClient(middlewares: [bearer], respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.headerValues("Authorization") == ["Bearer t"])
        #expect(request.headerValues("Accept") == ["application/json"])
    }

    @Test func middlewaresRunInTheOrderGiven() async throws {
        let events = EventLog()
        let middlewares = [OrderTracer(name: "A", log: events), OrderTracer(name: "B", log: events)]
        let requests = try await withClient(middlewares: middlewares, respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.headerValues("X-Order") == ["AB"])
        #expect(await events.events == ["A request", "B request", "B response", "A response"])
    }

    @Test func middlewareSeesTheOperationAndTheRelativeRequest() async throws {
        let recorder = RequestRecorder()
        let target = try await withClient(middlewares: [recorder], respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "a/b", pageSize: 3, pageCursor: "x y")
            let request = try #require(await log.requests.only)
            return request.target
        }
        #expect(target == "/v1/connected_accounts/a%2Fb/balances?pageSize=3&pageCursor=x%20y")
        let sent = try #require(await recorder.requests.only)
        #expect(sent.method == .get)
        #expect(sent.path == "/connected_accounts/a%2Fb/balances?pageSize=3&pageCursor=x%20y")
        #expect(sent.headerFields[.accept] == "application/json")
        #expect(await recorder.operationIDs == ["getConnectedAccountBalances"])
        let baseURL = try #require(await recorder.baseURLs.only)
        #expect(baseURL.path == "/v1")
        #expect(baseURL.host == "127.0.0.1")
    }

    @Test func errorThrownByAMiddlewarePropagatesAndNothingIsSent() async throws {
        try await withClient(middlewares: [Stopper()], respond: alwaysEmptyPage) { client, log in
            await #expect(throws: StoppedByMiddleware()) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
            #expect(await log.requests.isEmpty)
        }
    }
}
