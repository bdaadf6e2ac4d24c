// The servers the spec lists, and the client's default.

import FireblocksConnectedAccounts
import Foundation
import OpenAPIURLSession
import Testing

@Suite struct ServersTests {
    @Test func serverURLsAreThoseOfTheSpec() {
        #expect(Servers.production.absoluteString == "https://api.fireblocks.io/v1")
        #expect(Servers.sandbox.absoluteString == "https://sandbox-api.fireblocks.io/v1")
    }

    /// A middleware that stops the request shows the base URL without touching the network.
    @Test func defaultServerIsProduction() async throws {
        let recorder = RequestRecorder()
        let client = Client(transport: URLSessionTransport(), middlewares: [recorder, Stopper()])
        await #expect(throws: StoppedByMiddleware()) {
            try await client.getConnectedAccountBalances(accountId: "abc")
        }
        #expect(await recorder.baseURLs == [Servers.production])
    }
}
