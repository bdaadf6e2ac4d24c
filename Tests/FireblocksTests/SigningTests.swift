// Requests of the generated client signed by FireblocksAuth and verified by the mock server on
// loopback: headers, the `uri` with `/v1` and the query as sent, the empty body's hash, nonces,
// timestamps, and retried attempts.

import FireblocksAuth
import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite struct SigningTests {
    @Test(arguments: PEMForm.allCases)
    func everyRequestCarriesTheAPIKeyAndAVerifiedToken(form: PEMForm) async throws {
        let (claims, request) = try await withMockFireblocks(middlewares: [try userAuth(form: form)]) { client, mock, log, _ in
            let output = try await client.getConnectedAccountBalances(accountId: "acc 1/x")
            #expect(output.body.data.map(\.assetId) == ["BTC"])
            return (mock.accepted, try #require(await log.requests.only))
        }
        let claim = try #require(claims.only)
        #expect(request.header("X-API-Key") == TestKeys.apiKey)
        #expect(claim.uri == "/v1/connected_accounts/acc%201%2Fx/balances")
        #expect(claim.uri == request.target)
        #expect(claim.sub.value == TestKeys.apiKey)
    }

    @Test func queryIsSignedAsTheClientSendsIt() async throws {
        let (claims, target) = try await withMockFireblocks(middlewares: [try userAuth()]) { client, mock, log, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc", pageSize: 5, pageCursor: "a+b")
            return (mock.accepted, try #require(await log.requests.only).target)
        }
        #expect(target.hasSuffix("?pageSize=5&pageCursor=a%2Bb"))
        #expect(claims.only?.uri == target)
    }

    @Test func queryIsSignedExactlyAsGiven() async throws {
        let path = "/connected_accounts/abc/balances?pageCursor=a%2Bb&pageSize=5"
        let (status, claims, target) = try await withMockFireblocks(middlewares: []) { _, mock, log, serverURL in
            let status = try await send(relativeRequest(.get, path), through: [try userAuth()], serverURL: serverURL)
            return (status, mock.accepted, try #require(await log.requests.only).target)
        }
        #expect(status == 200)
        #expect(target == "/v1" + path)
        #expect(claims.only?.uri == "/v1" + path)
    }

    @Test func requestWithoutABodyHashesTheEmptyString() async throws {
        let (claims, body) = try await withMockFireblocks(middlewares: [try userAuth()]) { client, mock, log, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return (mock.accepted, try #require(await log.requests.only).body)
        }
        #expect(body.isEmpty)
        #expect(claims.only?.bodyHash == emptySHA256)
    }

    @Test func eachRequestHasItsOwnNonce() async throws {
        let claims = try await withMockFireblocks(middlewares: [try userAuth()]) { client, mock, _, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return mock.accepted
        }
        #expect(claims.count == 2)
        #expect(Set(claims.map(\.nonce)).count == 2)
        #expect(claims.allSatisfy { UUID(uuidString: $0.nonce) != nil })
    }

    @Test func timestampsComeFromTheClock() async throws {
        // 0.75 s past a whole second: `iat` is in whole seconds.
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down) - 2.25)
        let nonce = UUID()
        let auth = try userAuth(now: { now }, nonce: { nonce })
        // The mock checks expiry against the same clock, so a slow machine cannot expire the token.
        let claims = try await withMockFireblocks(middlewares: [auth], now: { now }) { client, mock, _, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return mock.accepted
        }
        let claim = try #require(claims.only)
        #expect(claim.iat.value == now.addingTimeInterval(-0.75))
        #expect(claim.exp.value == claim.iat.value.addingTimeInterval(Double(FireblocksAuth.tokenLifetime)))
        #expect(FireblocksAuth.tokenLifetime <= 30)
        #expect(claim.nonce == nonce.uuidString.lowercased())
    }

    @Test func retriedAttemptIsSignedAgain() async throws {
        let nonces = try await withMockFireblocks(
            middlewares: [RetryOn429(), try userAuth()],
            answer: { index in index == 0 ? .json(#"{"message":"slow down"}"#, status: 429) : .json(balancesPage) }
        ) { client, mock, log, _ in
            let output = try await client.getConnectedAccountBalances(accountId: "abc")
            #expect(output.status == 200)
            #expect(await log.requests.count == 2)
            #expect(mock.rejections.isEmpty)
            return mock.accepted.map(\.nonce)
        }
        #expect(nonces.count == 2)
        #expect(Set(nonces).count == 2)
    }

    @Test func userAgentNamesThisClientAfterTheCallersOwn() async throws {
        let callers = Tamperer { request, _ in request.headerFields[.userAgent] = "MyApp/2.1" }
        let agents = try await withMockFireblocks(middlewares: [try userAuth()]) { client, _, log, serverURL in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            _ = try await send(relativeRequest(.get, "/x"), through: [callers, try userAuth()], serverURL: serverURL)
            return await log.requests.map { $0.header("User-Agent") }
        }
        #expect(FireblocksAuth.userAgent.wholeMatch(of: /openapi-swift-gen-fireblocks\/\d+\.\d+\.\d+/) != nil)
        #expect(agents == [FireblocksAuth.userAgent, "MyApp/2.1 " + FireblocksAuth.userAgent])
    }
}
