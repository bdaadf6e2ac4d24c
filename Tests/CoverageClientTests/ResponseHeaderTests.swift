// Response headers read as the types their schemas give, over a loopback server: each kind decodes,
// a value that does not parse is nil, and a header the operations type differently stays text.

import CoverageClient
import Foundation
import LoopbackServer
import Testing

/// The headers of one `typedHeaders` call answered with `headers`.
private func typedHeaders(_ headers: [(name: String, value: String)]) async throws -> TypedHeadersOutput {
    try await withClient(respond: { _ in ScriptedResponse(status: 200, headers: headers) }) { client in
        try await client.typedHeaders()
    }.result
}

@Suite struct ResponseHeaderTypeTests {
    @Test func eachKindOfSchemaGivesItsType() async throws {
        let output = try await typedHeaders([
            ("X-Count", "42"), ("X-Big-Count", "9000000000"), ("X-Ratio", "0.25"), ("X-Flag", "true"),
            ("X-Expires", "2024-05-01T10:00:00Z"), ("X-Trace-UUID", "6F9619FF-8B86-D011-B42D-00CF4FC964FF"),
            ("X-Mode", "slow"), ("X-Inline-Mode", "on"), ("X-Rate-Limit", "7"),
        ])
        #expect(output.xCount == 42)
        #expect(output.xBigCount == 9_000_000_000)
        #expect(output.xRatio == 0.25)
        #expect(output.xFlag == true)
        #expect(output.xExpires == Date(timeIntervalSince1970: 1_714_557_600))
        #expect(output.xTraceUUID == UUID(uuidString: "6F9619FF-8B86-D011-B42D-00CF4FC964FF"))
        #expect(output.xMode == .slow)
        // An inline enum is read as its raw type; a header the operations type differently as text.
        #expect(output.xInlineMode == "on")
        #expect(output.xRateLimit == "7")
    }

    @Test func aDateMayBeAnHTTPDate() async throws {
        let output = try await typedHeaders([("X-Expires", "Wed, 01 May 2024 10:00:00 GMT"), ("X-Flag", "FALSE")])
        #expect(output.xExpires == Date(timeIntervalSince1970: 1_714_557_600))
        #expect(output.xFlag == false)
    }

    @Test func aValueThatDoesNotParseIsNil() async throws {
        let output = try await typedHeaders([
            ("X-Count", "many"), ("X-Big-Count", "1.5"), ("X-Ratio", "half"), ("X-Flag", "yes"),
            ("X-Expires", "tomorrow"), ("X-Trace-UUID", "not-a-uuid"),
        ])
        #expect(output.xCount == nil)
        #expect(output.xBigCount == nil)
        #expect(output.xRatio == nil)
        #expect(output.xFlag == nil)
        #expect(output.xExpires == nil)
        #expect(output.xTraceUUID == nil)
        // The raw text is still there.
        #expect(output.headerFields[.init("X-Count")!] == "many")
    }

    @Test func anUnlistedEnumValueIsKeptAndAMissingHeaderIsNil() async throws {
        let output = try await typedHeaders([("X-Mode", "turbo")])
        #expect(output.xMode == .undocumented("turbo"))
        #expect(output.xCount == nil)
        #expect(output.xMode?.rawValue == "turbo")
    }
}
