// Responses other than 200: `APIError<ErrorSchema>` with the decoded body when there is one and
// the raw bytes always; a 200 body that breaks the schema: `ResponseDecodingError`.

import FireblocksConnectedAccounts
import Foundation
import HTTPTypes
import LoopbackServer
import Testing

@Suite struct ErrorTests {
    @Test(arguments: [400, 404, 429, 500])
    func documentedErrorBodyIsDecoded(status: Int) async throws {
        let body = #"{"message":"Failure \#(status)","code":1234}"#
        let respond: Responder = { _, _ in .json(body, status: status, headers: [("X-Request-ID", "err-\(status)")]) }
        let error = try await withClient(respond: respond) { client, log in
            let error = try await #require(throws: APIError<ErrorSchema>.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
            #expect(await log.requests.count == 1)
            return error
        }
        #expect(error.status == status)
        #expect(error.body?.message == "Failure \(status)")
        #expect(error.body?.code == 1234)
        #expect(error.body == ErrorSchema(message: "Failure \(status)", code: 1234))
        #expect(error.header("X-Request-ID") == "err-\(status)")
        #expect(error.header("x-request-id") == "err-\(status)")
        #expect(error.headerFields[headerName("X-Request-ID")] == "err-\(status)")
        #expect(error.rawBody == Data(body.utf8))
        #expect(error.operationID == "getConnectedAccountBalances")
        #expect(error.description == "getConnectedAccountBalances failed with HTTP status \(status)")
    }

    @Test func fractionalErrorCodeDecodes() async throws {
        let respond: Responder = { _, _ in .json(#"{"code":12.5}"#, status: 400) }
        let error = try await withClient(respond: respond) { client, _ in
            try await #require(throws: APIError<ErrorSchema>.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
        }
        #expect(error.body == ErrorSchema(message: nil, code: 12.5))
        #expect(error.header("X-Request-ID") == nil)
    }

    @Test(arguments: [
        (502, "text/html", "<html>Bad Gateway</html>"),
        (500, "application/json", ""),
        (503, "text/plain", "Service Unavailable"),
        (400, "application/json", #"{"message":42}"#),  // JSON, but not an ErrorSchema
        (404, "application/json", "[1,2]"),
    ])
    func undecodableErrorBodyKeepsTheRawBytes(status: Int, contentType: String, body: String) async throws {
        let respond: Responder = { _, _ in
            ScriptedResponse(status: status, headers: [("Content-Type", contentType)], body: Data(body.utf8))
        }
        let error = try await withClient(respond: respond) { client, _ in
            try await #require(throws: APIError<ErrorSchema>.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
        }
        #expect(error.status == status)
        #expect(error.body == nil)
        #expect(error.rawBody == Data(body.utf8))
        #expect(error.operationID == "getConnectedAccountBalances")
        #expect(error.header("Content-Type") == contentType)
    }

    /// Only `200` is documented as a success; any other 2xx goes the `default` way.
    @Test(arguments: [201, 204])
    func undocumentedSuccessStatusIsAnAPIError(status: Int) async throws {
        let body = status == 204 ? "" : Body.emptyPage
        let respond: Responder = { _, _ in
            ScriptedResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
        }
        let error = try await withClient(respond: respond) { client, _ in
            try await #require(throws: APIError<ErrorSchema>.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
        }
        #expect(error.status == status)
        #expect(error.rawBody == Data(body.utf8))
    }

    @Test(arguments: [
        #"{"total":1}"#,  // `data` missing
        #"{"data":"x"}"#,
        #"{"data":[{"assetId":"BTC"}]}"#,  // a row without its required properties
        #"{"data":[],"total":"two"}"#,
        "not json",
        "",
    ])
    func successBodyThatBreaksTheSchemaIsADecodingError(body: String) async throws {
        let respond: Responder = { _, _ in .json(body, headers: [("X-Request-ID", "bad-body")]) }
        let error = try await withClient(respond: respond) { client, _ in
            try await #require(throws: ResponseDecodingError.self) {
                try await client.getConnectedAccountBalances(accountId: "abc")
            }
        }
        #expect(error.status == 200)
        #expect(error.rawBody == Data(body.utf8))
        #expect(error.operationID == "getConnectedAccountBalances")
        #expect(error.headerFields[headerName("X-Request-ID")] == "bad-body")
        #expect(error.underlyingError is DecodingError)
        #expect(error.description.hasPrefix("getConnectedAccountBalances: the HTTP 200 response body does not match its schema: "))
    }
}
