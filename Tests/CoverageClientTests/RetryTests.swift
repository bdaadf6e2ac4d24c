// The generated RetryPolicy over a real transport: which requests are sent again, how long the
// client waits between attempts, and that every attempt goes through the middlewares.

import CoverageClient
import Foundation
import HTTPTypes
import LoopbackServer
import OpenAPIRuntime
import OpenAPIURLSession
import Testing

@Suite struct RetryTests {
    static let note = ScriptedResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data("hello".utf8))

    @Test func a429WithRetryAfterIsRetriedAfterThoseSeconds() async throws {
        let delays = RecordedDelays()
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(delays), respond: inTurn(.status(429, headers: [("Retry-After", "1")]), Self.note)
        ) { client in
            try await client.getNote(noteId: 7).body
        }
        #expect(try outcome.get() == "hello")
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { $0.path == "/v1/notes/7" })
        #expect(await delays.delays == [.seconds(1)])
    }

    @Test func a503IsRetriedWithJitteredExponentialBackoff() async throws {
        let delays = RecordedDelays()
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(delays, maxAttempts: 4, jitter: 0.5),
            respond: inTurn(.status(503), .status(503), .status(503), Self.note)
        ) { client in
            try await client.getNote(noteId: 7).status
        }
        #expect(try outcome.get() == 200)
        #expect(requests.count == 4)
        // Half (the jitter) of 100 ms, 200 ms and 400 ms.
        #expect(await delays.delays == [.milliseconds(50), .milliseconds(100), .milliseconds(200)])
    }

    @Test func retryAfterMayBeAnHTTPDateAndIsCapped() async throws {
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        for (value, expected) in [("Wed, 21 Oct 2015 07:28:05 GMT", Duration.seconds(5)), ("120", .seconds(10)), ("soon", .milliseconds(50))] {
            let delays = RecordedDelays()
            let (outcome, _) = try await withRecordedClient(
                retryPolicy: recordingPolicy(delays, now: now), respond: inTurn(.status(429, headers: [("Retry-After", value)]), Self.note)
            ) { client in
                try await client.getNote(noteId: 1).status
            }
            #expect(try outcome.get() == 200)
            #expect(await delays.delays == [expected], "Retry-After: \(value)")
        }
    }

    @Test func exhaustedAttemptsEndWithTheLastResponse() async throws {
        let delays = RecordedDelays()
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(delays, maxAttempts: 3),
            respond: { _, index in .json(#"{"title":"busy \#(index)","status":503}"#, status: 503) }
        ) { client in
            try await client.deletePet(petId: "p1").status
        }
        #expect(requests.count == 3)
        #expect(requests.allSatisfy { $0.method == "DELETE" })
        #expect(await delays.delays.count == 2)
        guard case .failure(let error as APIError<Problem>) = outcome else {
            Issue.record("expected APIError<Problem>, got \(outcome)")
            return
        }
        #expect(error.status == 503)
        #expect(error.body?.title == "busy 2")
    }

    @Test func aPostWithoutAnIdempotencyKeyIsNotRetried() async throws {
        let delays = RecordedDelays()
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(delays), respond: inTurn(.status(503), .status(204))
        ) { client in
            try await client.login(body: LoginForm(a: 1, b: "x")).status
        }
        #expect(requests.count == 1)
        #expect(await delays.delays.isEmpty)
        guard case .failure(let error as APIError<JSONValue>) = outcome else {
            Issue.record("expected APIError, got \(outcome)")
            return
        }
        #expect(error.status == 503)
    }

    @Test func aPostDeclaringAnIdempotencyKeyIsRetriedWithTheSameKeyAndBody() async throws {
        let delays = RecordedDelays()
        let created = ScriptedResponse.json(#"{"id":"t1"}"#, status: 201)
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(delays), respond: inTurn(.status(503), created)
        ) { client in
            try await client.createTransfer(body: CreateTransferRequest(amount: 5)).body.id
        }
        #expect(try outcome.get() == "t1")
        #expect(requests.count == 2)
        let keys = requests.map { $0.header("Idempotency-Key") }
        #expect(keys[0] != nil && keys[0] == keys[1])
        #expect(keys[0].flatMap(UUID.init(uuidString:)) != nil, "a UUID: \(keys)")
        #expect(requests.map { String(decoding: $0.body, as: UTF8.self) } == [#"{"amount":5}"#, #"{"amount":5}"#])
    }

    @Test func theCallersIdempotencyKeyIsKeptAndNoneIsMadeWithoutAPolicy() async throws {
        let created = ScriptedResponse.json(#"{"id":"t1"}"#, status: 201)
        let (_, given) = try await withRecordedClient(
            retryPolicy: recordingPolicy(RecordedDelays()), respond: inTurn(.status(503), created)
        ) { client in
            try await client.createTransfer(idempotencyKey: "k-1", body: CreateTransferRequest(amount: 5)).status
        }
        #expect(given.map { $0.header("Idempotency-Key") } == ["k-1", "k-1"])
        let (outcome, plain) = try await withRecordedClient(respond: inTurn(.status(503), created)) { client in
            try await client.createTransfer(body: CreateTransferRequest(amount: 5)).status
        }
        #expect(plain.count == 1)
        #expect(plain[0].headerValues("Idempotency-Key").isEmpty)
        #expect((try? outcome.get()) == nil)
    }

    @Test func everyAttemptPassesThroughTheMiddlewares() async throws {
        let counter = AttemptCounter()
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(RecordedDelays()), middlewares: [counter],
            respond: inTurn(.status(503), .status(429), Self.note)
        ) { client in
            try await client.getNote(noteId: 3).status
        }
        #expect(try outcome.get() == 200)
        #expect(counter.count == 3)
        #expect(requests.map { $0.header("X-Attempt") } == ["1", "2", "3"])
    }

    @Test func withoutAPolicyARequestIsSentOnce() async throws {
        let counter = AttemptCounter()
        let (outcome, requests) = try await withRecordedClient(middlewares: [counter], respond: inTurn(.status(503), Self.note)) { client in
            try await client.getNote(noteId: 3).status
        }
        #expect(requests.count == 1)
        #expect(counter.count == 1)
        #expect((try? outcome.get()) == nil)
    }

    /// A connection failure (nothing listens on the port) is retried for an idempotent request
    /// and ends with the transport's error; a POST without a key is sent once.
    @Test func transportErrorsAreRetriedForIdempotentRequests() async throws {
        // A port that was just free: bind, read it, close.
        let url = try await withTestServer(respond: inTurn(Self.note)) { baseURL, _ in baseURL }
        for (retried, call) in [
            (true, { @Sendable (client: Client) in _ = try await client.getNote(noteId: 1) }),
            (false, { @Sendable (client: Client) in _ = try await client.login(body: LoginForm(a: 1, b: "x")) }),
        ] {
            let counter = AttemptCounter()
            let delays = RecordedDelays()
            let client = Client(
                serverURL: url, transport: URLSessionTransport(), middlewares: [counter],
                retryPolicy: recordingPolicy(delays, maxAttempts: 3)
            )
            await #expect(throws: (any Error).self) { try await call(client) }
            #expect(counter.count == (retried ? 3 : 1))
            #expect(await delays.delays.count == (retried ? 2 : 0))
        }
    }

    /// An error a middleware throws is not the transport's: it is not retried.
    @Test func aMiddlewaresErrorIsNotRetried() async throws {
        struct Refusal: Error {}
        struct Refusing: ClientMiddleware {
            func intercept(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                throw Refusal()
            }
        }
        let counter = AttemptCounter()
        let (outcome, requests) = try await withRecordedClient(
            retryPolicy: recordingPolicy(RecordedDelays()), middlewares: [counter, Refusing()], respond: inTurn(Self.note)
        ) { client in
            try await client.getNote(noteId: 3).status
        }
        #expect(requests.isEmpty)
        #expect(counter.count == 1)
        guard case .failure(let error) = outcome else {
            Issue.record("expected an error")
            return
        }
        #expect(error is Refusal)
    }
}
