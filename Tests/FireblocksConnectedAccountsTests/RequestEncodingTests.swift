// What the client puts on the wire: method, path under the server URL's prefix, percent-encoding
// of the path parameter and of the query, and the Accept header.

import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite struct RequestEncodingTests {
    @Test func simpleIdentifierMakesThePlainRequestLine() async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.method == "GET")
        #expect(request.path == "/v1/connected_accounts/abc/balances")
        #expect(request.query == "")
        #expect(request.target == "/v1/connected_accounts/abc/balances")
    }

    /// Expected encodings written out by hand: UTF-8 bytes, upper-case hex, and only
    /// `A-Z a-z 0-9 - . _ ~` left as they are.
    @Test(arguments: [
        ("a/b c?d", "a%2Fb%20c%3Fd"),
        ("x#y%z+w", "x%23y%25z%2Bw"),
        ("café", "caf%C3%A9"),  // é is U+00E9: C3 A9
        ("日本", "%E6%97%A5%E6%9C%AC"),  // 日 U+65E5: E6 97 A5; 本 U+672C: E6 9C AC
        ("a/b c?d#e%f+g é日本", "a%2Fb%20c%3Fd%23e%25f%2Bg%20%C3%A9%E6%97%A5%E6%9C%AC"),
        ("%2F", "%252F"),  // an already-encoded-looking ID is encoded again, not passed through
        ("...", "..."),  // dots, but not a dot-segment
        (".a", ".a"),
        ("Az09-._~", "Az09-._~"),
        (" ", "%20"),
    ])
    func identifierArrivesAsOnePercentEncodedSegment(accountId: String, encoded: String) async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: accountId)
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.path == "/v1/connected_accounts/\(encoded)/balances")
        #expect(request.query == "")
    }

    // As whole segments `.` and `..` are dot-segments that a transport resolves before sending
    // (RFC 3986 §5.2.4): `..` would climb to `GET /v1/balances`. They must arrive encoded.
    @Test(arguments: [(".", "%2E"), ("..", "%2E%2E")])
    func dotSegmentIdentifierStaysOneSegment(accountId: String, encoded: String) async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: accountId)
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.path == "/v1/connected_accounts/\(encoded)/balances")
    }

    @Test(arguments: [
        (10 as Int?, "c1" as String?, "pageSize=10&pageCursor=c1"),
        (10, "eyJ+a/b==&x y", "pageSize=10&pageCursor=eyJ%2Ba%2Fb%3D%3D%26x%20y"),
        (10, "é?#%", "pageSize=10&pageCursor=%C3%A9%3F%23%25"),
        (5, nil, "pageSize=5"),
        (nil, "c1", "pageCursor=c1"),
        (nil, "", "pageCursor="),
    ])
    func queryHasTheGivenParametersInSpecOrder(pageSize: Int?, pageCursor: String?, query: String) async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(
                accountId: "abc", pageSize: pageSize, pageCursor: pageCursor)
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.path == "/v1/connected_accounts/abc/balances")
        #expect(request.query == query)
        #expect(request.target == "/v1/connected_accounts/abc/balances?\(query)")
    }

    /// The server's parser cannot tell `/p?` from `/p`, so the request the client hands to the
    /// transport is checked as well.
    @Test func absentParametersLeaveNoQueryAtAll() async throws {
        let recorder = RequestRecorder()
        let requests = try await withClient(middlewares: [recorder], respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "abc", pageSize: nil, pageCursor: nil)
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.target == "/v1/connected_accounts/abc/balances")
        #expect(request.query == "")
        let sent = try #require(await recorder.requests.only)
        #expect(sent.path == "/connected_accounts/abc/balances")
        #expect(sent.method == .get)
    }

    @Test func acceptsJSON() async throws {
        let requests = try await withClient(respond: alwaysEmptyPage) { client, log in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return await log.requests
        }
        let request = try #require(requests.only)
        #expect(request.headerValues("Accept") == ["application/json"])
    }
}

extension Array {
    /// The single element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
