// Requests as the spec means them, seen on the wire: read-only properties are left out of request
// bodies, required write-only ones must be there, and responses may leave write-only ones out.

@testable import CoverageClient
import Foundation
import LoopbackServer
import Testing

@Suite struct ReadOnlyWriteOnlyTests {
    static let account = Account(
        id: "a1", createdAt: Date(timeIntervalSince1970: 1_709_209_800), password: "secret", name: "Ann",
        owner: AccountOwner(id: "o1", handle: "ann"), delegates: [AccountOwner(id: "o2", handle: "bob")]
    )

    @Test func aRequestBodyLeavesOutReadOnlyPropertiesAtEveryLevel() async throws {
        let (_, request) = try await withClient(respond: { _ in .json(storedAccount) }) { client in
            try await client.putAccount(handle: "ann", body: Self.account)
        }
        #expect(request.map { String(decoding: $0.body, as: UTF8.self) }
            == #"{"delegates":[{"handle":"bob"}],"name":"Ann","owner":{"handle":"ann"},"password":"secret"}"#)
    }

    @Test func aResponseWithoutTheWriteOnlyPropertiesDecodes() async throws {
        let (output, _) = try await withClient(respond: { _ in .json(storedAccount) }) { client in
            try await client.putAccount(handle: "ann", body: Self.account)
        }
        #expect(output.body == Account(
            id: "a1", createdAt: Date(timeIntervalSince1970: 1_709_209_800), name: "Ann", owner: AccountOwner(id: "o1", handle: "ann")
        ))
        #expect(output.body.password == nil)
    }

    /// Form and multipart bodies are encoded the same way.
    @Test func aFormBodyLeavesOutReadOnlyPropertiesToo() throws {
        let names = try FormFields.flatten(Self.account).map(\.0)
        #expect(names.contains("password"))
        #expect(names.contains("owner[handle]"))
        #expect(!names.contains("id"))
        #expect(!names.contains("createdAt"))
        #expect(!names.contains("owner[id]"))
    }

    /// Outside a request (a value stored or logged as JSON) every property is kept.
    @Test func otherEncodingsKeepReadOnlyProperties() throws {
        #expect(try encode(Self.account) == #"{"createdAt":"2024-02-29T12:30:00.000Z","delegates":[{"handle":"bob","id":"o2"}],"id":"a1","name":"Ann","owner":{"handle":"ann","id":"o1"},"password":"secret"}"#)
    }

    @Test func aRequestBodyWithoutARequiredWriteOnlyPropertyIsNotSent() async throws {
        var account = Self.account
        account.password = nil
        await #expect(throws: RequestValidationError(parameter: "password", problem: "is required in a request")) {
            _ = try await withClient(respond: unreachable) { client in
                try await client.putAccount(handle: "ann", body: account)
            }
        }
    }
}
