// Requests with a body: the hash covers the exact bytes sent, and the body passed on can be read
// again (a retried attempt sends it again).

import Crypto
import FireblocksAuth
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite struct BodyTests {
    /// JSON a caller might send, with bytes a re-encoding would change (spacing, key order, a
    /// non-ASCII character, an escaped slash).
    static let bytes = Data(#"{ "note": "caf\u00e9 ☕ a\/b",  "amount":"1.50", "assetId":"BTC" }"#.utf8)

    @Test func postBodyIsHashedOverTheBytesSent() async throws {
        let (status, received, claims) = try await withMockFireblocks(middlewares: []) { _, mock, log, serverURL in
            var request = relativeRequest(.post, "/transactions")
            request.headerFields[.contentType] = "application/json"
            let status = try await send(request, body: HTTPBody(Self.bytes), through: [try userAuth()], serverURL: serverURL)
            return (status, try #require(await log.requests.only).body, mock.accepted)
        }
        #expect(status == 200)
        #expect(received == Self.bytes)
        let hash = SHA256.hash(data: Self.bytes).map { String(format: "%02x", $0) }.joined()
        #expect(claims.only?.bodyHash == hash)
        #expect(hash != emptySHA256)
    }

    @Test func singlePassBodyIsPassedOnReplayable() async throws {
        let (stream, continuation) = AsyncStream<HTTPBody.ByteChunk>.makeStream()
        continuation.yield(ArraySlice(Self.bytes.prefix(10)))
        continuation.yield(ArraySlice(Self.bytes.dropFirst(10)))
        continuation.finish()
        let body = HTTPBody(stream, length: .unknown, iterationBehavior: .single)
        let mock = try await MockFireblocks()
        let baseURL = URL(string: "https://api.fireblocks.io/v1")!
        let request = relativeRequest(.post, "/transactions?dryRun=true")

        let passedOn = Locked<[Data]>([])
        _ = try await userAuth().intercept(request, body: body, baseURL: baseURL, operationID: "createTransaction") {
            request, body, url in
            let body = try #require(body)
            let first = try await Data(collecting: body, upTo: .max)
            let second = try await Data(collecting: body, upTo: .max)
            passedOn.write { $0 = [first, second] }
            _ = mock.check(
                target: url.path() + (request.path ?? ""), apiKey: request.headerFields[HTTPField.Name("X-API-Key")!],
                authorization: request.headerFields[.authorization], body: first
            )
            return (HTTPResponse(status: .ok), nil)
        }
        #expect(passedOn.read { $0 } == [Self.bytes, Self.bytes])
        let claims = try #require(mock.accepted.only)
        #expect(claims.uri == "/v1/transactions?dryRun=true")
    }
}
