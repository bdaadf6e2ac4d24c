// Values that break a `pattern` of the spec are stopped before anything is sent; values that match
// reach the wire.

import CoverageClient
import Foundation
import LoopbackServer
import Testing

@Suite struct PatternTests {
    static let account = Account(password: "secret", name: "Ann", owner: AccountOwner(handle: "ann"))

    @Test func matchingValuesAreSent() async throws {
        var account = Self.account
        account.email = "ann@example.com"
        account.region = "DE"
        let (_, request) = try await withClient(respond: { _ in .json(storedAccount) }) { client in
            try await client.putAccount(handle: "ann_1", region: "FR", body: account)
        }
        #expect(request?.path == "/v1/accounts/ann_1")
        #expect(request?.query == "region=FR")
        #expect(request.map { String(decoding: $0.body, as: UTF8.self) }
            == #"{"email":"ann@example.com","name":"Ann","owner":{"handle":"ann"},"password":"secret","region":"DE"}"#)
    }

    @Test func aPathParameterThatBreaksItsPatternIsNotSent() async throws {
        await #expect(throws: RequestValidationError(parameter: "handle", problem: "must match the pattern ^[a-z][a-z0-9_]{2,15}$")) {
            _ = try await withClient(respond: unreachable) { client in
                try await client.putAccount(handle: "Ann", body: Self.account)
            }
        }
    }

    @Test func aQueryParameterThatBreaksItsReferencedPatternIsNotSent() async throws {
        await #expect(throws: RequestValidationError(parameter: "region", problem: "must match the pattern ^[A-Z]{2}$")) {
            _ = try await withClient(respond: unreachable) { client in
                try await client.putAccount(handle: "ann", region: "FRA", body: Self.account)
            }
        }
    }

    /// A body property that breaks its pattern is named by its path in the body.
    @Test(arguments: [
        ("email", "must match the pattern ^[^@\\s]+@[^@\\s]+$"),
        ("region", "must match the pattern ^[A-Z]{2}$"),
        ("owner.handle", "must match the pattern ^[a-z][a-z0-9_]{2,15}$"),
        ("delegates[1].handle", "must match the pattern ^[a-z][a-z0-9_]{2,15}$"),
    ])
    func aBodyPropertyThatBreaksItsPatternIsNotSent(path: String, problem: String) async throws {
        var account = Self.account
        switch path {
        case "email": account.email = "ann at example.com"
        case "region": account.region = "de"
        case "owner.handle": account.owner.handle = "a"
        default: account.delegates = [AccountOwner(handle: "bob"), AccountOwner(handle: "bob smith")]
        }
        await #expect(throws: RequestValidationError(parameter: path, problem: problem)) {
            _ = try await withClient(respond: unreachable) { client in
                try await client.putAccount(handle: "ann", body: account)
            }
        }
    }

    /// Decoding a response checks nothing: the server has the last word on its own values.
    @Test func aResponseIsNotChecked() throws {
        let account = try decode(Account.self, #"{"name":"Ann","owner":{"handle":"A B"},"region":"somewhere"}"#)
        #expect(account.owner.handle == "A B")
        #expect(account.region == "somewhere")
    }
}
