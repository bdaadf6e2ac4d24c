// The hand-written Fireblocks library: a client from the environment that signs every request,
// walks every page, and surfaces and logs the lifecycle headers.

@testable import Fireblocks
import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import LoopbackServer
import Logging
import OpenAPIURLSession
import Testing

@Suite struct FireblocksClientTests {
    /// A client from the environment, against the paged mock.
    private func withClient<Result: Sendable>(
        logger: Logger = Logger(label: "test"),
        lifecycle: [(String, String)] = [("Fireblocks-Lifecycle-State", "beta")],
        retryPolicy: RetryPolicy? = nil,
        respond: ((MockFireblocks) -> Responder)? = nil,
        _ body: (Client, MockFireblocks) async throws -> Result
    ) async throws -> Result {
        let mock = try await MockFireblocks()
        let responder = respond?(mock) ?? PagedFireblocks.responder(mock, lifecycle: lifecycle)
        return try await withTestServer(respond: responder) { baseURL, _ in
            let environment = [
                "FIREBLOCKS_API_KEY": TestKeys.apiKey,
                "FIREBLOCKS_SECRET_KEY": PEMForm.pkcs8.text(of: TestKeys.user),
                "FIREBLOCKS_BASE_PATH": baseURL.absoluteString + "/v1",
            ]
            let client = try Client.fireblocks(transport: URLSessionTransport(), retryPolicy: retryPolicy, logger: logger, environment: environment)
            return try await body(client, mock)
        }
    }

    @Test func everyPageIsSignedAndEveryRowVisitedOnce() async throws {
        let (rows, mock) = try await withClient { client, mock in
            var rows: [String] = []
            var cursor: String?
            repeat {
                let page = try await client.getConnectedAccountBalances(accountId: "acc/1", pageSize: 3, pageCursor: cursor)
                rows += page.body.data.map(\.assetId)
                cursor = page.body.next
            } while cursor != nil
            return (rows, mock)
        }
        #expect(rows == ["BTC", "ETH", "USDC", "SOL", "XRP", "DOGE"])
        #expect(mock.rejections.isEmpty)
        // The signed `uri` is the path with `/v1` and the query as sent, cursor encoding and all.
        #expect(mock.accepted.map(\.uri) == [
            "/v1/connected_accounts/acc%2F1/balances?pageSize=3",
            "/v1/connected_accounts/acc%2F1/balances?pageSize=3&pageCursor=page%2B1%2Fx",
            "/v1/connected_accounts/acc%2F1/balances?pageSize=3&pageCursor=page%2B2%2Fx",
        ])
        #expect(Set(mock.accepted.map(\.nonce)).count == 3)
    }

    @Test func theGeneratedItemsSequenceWalksEveryPage() async throws {
        let rows = try await withClient { client, _ in
            var rows: [String] = []
            for try await row in client.getConnectedAccountBalancesItems(accountId: "acc-1", pageSize: 3) {
                rows.append(row.assetId)
            }
            return rows
        }
        #expect(rows == ["BTC", "ETH", "USDC", "SOL", "XRP", "DOGE"])
    }

    /// Fireblocks' rate limit (429 with `Retry-After`) and a 503 are retried; every attempt passes
    /// through the signer again, so the mock sees a fresh, valid token each time.
    @Test func retriedAttemptsAreSignedAgainWithANewNonce() async throws {
        let delays = Locked<[Duration]>([])
        let policy = RetryPolicy(sleep: { delay in delays.write { $0.append(delay) } }, random: { 0.5 })
        let (output, mock) = try await withClient(retryPolicy: policy, respond: { mock in
            { request, index in
                guard case .success = mock.check(request) else { return ScriptedResponse(status: 401) }
                switch index {
                case 0: return ScriptedResponse(status: 429, headers: [("Retry-After", "2")])
                case 1: return ScriptedResponse(status: 503)
                default: return .json(#"{"data":[]}"#)
                }
            }
        }) { client, mock in
            (try await client.getConnectedAccountBalances(accountId: "acc-1"), mock)
        }
        #expect(output.status == 200)
        #expect(mock.rejections.isEmpty)
        #expect(mock.accepted.count == 3)
        #expect(Set(mock.accepted.map(\.nonce)).count == 3)
        // Retry-After first, then the backoff with full jitter (0.5 of 2 × 500 ms).
        #expect(delays.read { $0 } == [.seconds(2), .milliseconds(500)])
    }

    @Test func theLifecycleStateIsOnEveryOutputAndLoggedOncePerOperation() async throws {
        let records = LogRecords([])
        let logger = Logger(label: "test") { _ in RecordingLogHandler(records: records) }
        let lifecycle = [
            ("Fireblocks-Lifecycle-State", "Deprecated"), ("Sunset", "Wed, 01 Sep 2027 00:00:00 GMT"),
            ("Link", "<https://developers.fireblocks.com/reference>; rel=\"deprecation\""),
        ]
        let outputs = try await withClient(logger: logger, lifecycle: lifecycle) { client, _ in
            [
                try await client.getConnectedAccountBalances(accountId: "a"),
                try await client.getConnectedAccountBalances(accountId: "b"),
            ]
        }
        for output in outputs {
            let state = try #require(output.fireblocksLifecycle)
            #expect(state.isDeprecated && !state.isBeta)
            #expect(state.sunset == Date(timeIntervalSince1970: 1_819_756_800))
            #expect(state.link == "<https://developers.fireblocks.com/reference>; rel=\"deprecation\"")
        }
        #expect(records.read { $0.map(\.level) } == [.warning])
        #expect(records.read { $0.map(\.message) } == [
            "getConnectedAccountBalances is deprecated, sunset Wed, 01 Sep 2027 00:00:00 GMT, <https://developers.fireblocks.com/reference>; rel=\"deprecation\"",
        ])
    }

    @Test func noLifecycleHeaderMeansNoState() {
        #expect(FireblocksLifecycle(headerFields: [:]) == nil)
        var fields = HTTPFields()
        fields[FireblocksLifecycle.stateField] = "beta"
        #expect(FireblocksLifecycle(headerFields: fields)?.isBeta == true)
        #expect(FireblocksLifecycle(headerFields: fields)?.sunset == nil)
    }

    @Test func theServersAreFireblocksOwn() {
        #expect(FireblocksServers.byName.map(\.url.absoluteString) == [
            "https://api.fireblocks.io/v1", "https://sandbox-api.fireblocks.io/v1",
            "https://eu-api.fireblocks.io/v1", "https://eu2-api.fireblocks.io/v1",
        ])
        // The generated client's own servers agree with the spec's.
        #expect(Servers.production == FireblocksServers.production)
        #expect(Servers.sandbox == FireblocksServers.sandbox)
    }
}

/// Log messages captured by `RecordingLogHandler`, in order.
typealias LogRecords = Locked<[(level: Logger.Level, message: String)]>

struct RecordingLogHandler: LogHandler {
    let records: LogRecords
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        records.write { $0.append((event.level, event.message.description)) }
    }
}
