// The mock's checks can fail: tokens that are expired, forged, replayed, too long-lived, or that no
// longer match the request they came with are refused with 401.

import CryptoExtras
import FireblocksAuth
import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import JWTKit
import OpenAPIRuntime
import Testing

@Suite struct RejectionTests {
    @Test func expiredTokenIsRefused() async throws {
        let auth = try userAuth(now: { Date().addingTimeInterval(-120) })
        let rejections = try await refusals(middlewares: [auth])
        #expect(rejections == [.expired])
    }

    @Test func tokenFromTheFutureIsRefused() async throws {
        let auth = try userAuth(now: { Date().addingTimeInterval(120) })
        #expect(try await refusals(middlewares: [auth]) == [.issuedInTheFuture])
    }

    @Test func tokenSignedWithAnotherKeyIsRefused() async throws {
        let forger = try FireblocksAuth(apiKey: TestKeys.apiKey, secretKeyPEM: TestKeys.stranger.pemRepresentation)
        #expect(try await refusals(middlewares: [forger]) == [.badSignature])
    }

    @Test func reusedNonceIsRefused() async throws {
        let nonce = UUID()
        let auth = try userAuth(nonce: { nonce })
        let rejections = try await withMockFireblocks(middlewares: [auth]) { client, mock, _, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            await #expect(throws: APIError<ErrorSchema>.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
            #expect(mock.accepted.count == 1)
            return mock.rejections
        }
        #expect(rejections == [.nonceReused])
    }

    @Test func changedQueryIsRefused() async throws {
        let tamperer = Tamperer { request, _ in request.path = request.path.map { $0 + "&pageSize=9" } }
        let rejections = try await refusals(middlewares: [try userAuth(), tamperer], pageCursor: "c")
        #expect(rejections == [.uriMismatch(signed: "/v1/connected_accounts/abc/balances?pageCursor=c",
                                            sent: "/v1/connected_accounts/abc/balances?pageCursor=c&pageSize=9")])
    }

    @Test func changedBodyIsRefused() async throws {
        let tamperer = Tamperer { _, body in body = HTTPBody(#"{"amount":"1000"}"#) }
        let rejections = try await withMockFireblocks(middlewares: []) { _, mock, _, serverURL in
            let status = try await send(
                relativeRequest(.post, "/transactions"), body: HTTPBody(#"{"amount":"1"}"#),
                through: [try userAuth(), tamperer], serverURL: serverURL
            )
            #expect(status == 401)
            return mock.rejections
        }
        #expect(rejections == [.bodyHashMismatch])
    }

    @Test func apiKeyOtherThanTheSubjectIsRefused() async throws {
        let tamperer = Tamperer { request, _ in request.headerFields[HTTPField.Name("X-API-Key")!] = "someone-else" }
        #expect(try await refusals(middlewares: [try userAuth(), tamperer]) == [.subjectMismatch])
    }

    @Test func requestWithoutCredentialsIsRefused() async throws {
        #expect(try await refusals(middlewares: []) == [.missingAPIKey])
    }

    /// Fireblocks' SDKs sign for 55 seconds; the documented limit, which the mock holds to, is 30.
    @Test func tokenLivingLongerThan30SecondsIsRefused() async throws {
        let keys = JWTKeyCollection()
        await keys.add(rsa: try JWTKit.Insecure.RSA.PrivateKey(backing: TestKeys.user), digestAlgorithm: .sha256)
        let iat = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let claims = ReceivedClaims(
            uri: "/v1/x", nonce: UUID().uuidString, iat: .init(value: iat), exp: .init(value: iat.addingTimeInterval(55)),
            sub: .init(value: TestKeys.apiKey), bodyHash: emptySHA256
        )
        let token = try await keys.sign(claims)
        let handMade = Tamperer { request, _ in
            request.headerFields[HTTPField.Name("X-API-Key")!] = TestKeys.apiKey
            request.headerFields[.authorization] = "Bearer " + token
        }
        let rejections = try await withMockFireblocks(middlewares: []) { _, mock, _, serverURL in
            let status = try await send(relativeRequest(.get, "/x"), through: [handMade], serverURL: serverURL)
            #expect(status == 401)
            return mock.rejections
        }
        #expect(rejections == [.lifetimeTooLong(seconds: 55)])
    }

    /// Sends one balances request that the mock must refuse, and returns why it did.
    private func refusals(middlewares: [any ClientMiddleware], pageCursor: String? = nil) async throws -> [Rejection] {
        try await withMockFireblocks(middlewares: middlewares) { client, mock, _, _ in
            let error = try await #require(throws: APIError<ErrorSchema>.self) {
                try await client.getConnectedAccountBalances(accountId: "abc", pageCursor: pageCursor)
            }
            #expect(error.status == 401)
            #expect(error.body?.code == -7)
            #expect(mock.accepted.isEmpty)
            return mock.rejections
        }
    }
}
