// Arguments that break the spec's constraints (`accountId` minLength 1, `pageSize` 1...1000) fail
// before anything is sent; the boundary values are sent.

import FireblocksConnectedAccounts
import Foundation
import Testing

@Suite struct ValidationTests {
    @Test func emptyAccountIdIsRejectedWithoutARequest() async throws {
        try await withClient(respond: alwaysEmptyPage) { client, log in
            let error = try await #require(throws: RequestValidationError.self) {
                try await client.getConnectedAccountBalances(accountId: "")
            }
            #expect(error.parameter == "accountId")
            #expect(error.problem == "must be at least 1 character long")
            #expect(error.description == "'accountId' must be at least 1 character long")
            #expect(error == RequestValidationError(parameter: "accountId", problem: "must be at least 1 character long"))
            #expect(await log.requests.isEmpty)
        }
    }

    @Test(arguments: [
        (0, "must be at least 1"),
        (-1, "must be at least 1"),
        (Int.min, "must be at least 1"),
        (1001, "must be at most 1000"),
        (Int.max, "must be at most 1000"),
    ])
    func outOfRangePageSizeIsRejectedWithoutARequest(pageSize: Int, problem: String) async throws {
        try await withClient(respond: alwaysEmptyPage) { client, log in
            let error = try await #require(throws: RequestValidationError.self) {
                try await client.getConnectedAccountBalances(accountId: "abc", pageSize: pageSize)
            }
            #expect(error == RequestValidationError(parameter: "pageSize", problem: problem))
            #expect(error.description == "'pageSize' \(problem)")
            #expect(await log.requests.isEmpty)
        }
    }

    /// The account ID is checked first, so an empty ID is reported even with a bad page size.
    @Test func accountIdIsCheckedBeforePageSize() async throws {
        try await withClient(respond: alwaysEmptyPage) { client, log in
            let error = try await #require(throws: RequestValidationError.self) {
                try await client.getConnectedAccountBalances(accountId: "", pageSize: 0)
            }
            #expect(error.parameter == "accountId")
            #expect(await log.requests.isEmpty)
        }
    }

    @Test(arguments: [1, 1000])
    func boundaryPageSizeIsSent(pageSize: Int) async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "abc", pageSize: pageSize)
            return await log.requests
        }
        #expect(requests.map(\.query) == ["pageSize=\(pageSize)"])
    }

    /// A rejected call leaves the server unused; the next valid call is the only request it sees.
    @Test func onlyTheValidCallOfASequenceReachesTheServer() async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            for (accountId, pageSize) in [("", nil), ("abc", 0), ("abc", 1001)] as [(String, Int?)] {
                await #expect(throws: RequestValidationError.self) {
                    try await client.getConnectedAccountBalances(accountId: accountId, pageSize: pageSize)
                }
            }
            _ = try await client.getConnectedAccountBalances(accountId: "ok", pageSize: 7)
            return await log.requests
        }
        #expect(requests.map(\.target) == ["/v1/connected_accounts/ok/balances?pageSize=7"])
    }

    @Test func singleSpaceAccountIdIsLongEnough() async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: " ")
            return await log.requests
        }
        #expect(requests.map(\.path) == ["/v1/connected_accounts/%20/balances"])
    }
}
