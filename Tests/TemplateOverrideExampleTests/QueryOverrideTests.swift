// The worked override of Templates/README.md: a user's query-item.mustache sends query arrays as
// `name[]=value` pairs. The generated target compiles (it is part of this package) and sends
// exactly that over real HTTP.

import Foundation
import LoopbackServer
import OpenAPIURLSession
import TemplateOverrideExample
import Testing

@Suite struct QueryOverrideTests {
    @Test func arraysAreSentWithBracketsWhateverTheirStyle() async throws {
        let request = try await withTestServer(respond: { _, _ in
            ScriptedResponse(status: 200, headers: [("Content-Type", "application/json")], body: Data(#"[{"id":1}]"#.utf8))
        }) { baseURL, log in
            let client = Client(serverURL: URL(string: baseURL.absoluteString + "/v1")!, transport: URLSessionTransport())
            let output = try await client.listItems(ids: [1, 2], tags: ["a b", "c"], limit: 5)
            #expect(output.body == [Item(id: 1)])
            return await log.requests.first
        }
        #expect(request?.path == "/v1/items")
        #expect(request?.query == "ids%5B%5D=1&ids%5B%5D=2&tags%5B%5D=a%20b&tags%5B%5D=c&limit=5")
    }

    @Test func theOverrideLeavesTheOtherTemplatesAlone() async throws {
        // The constraint check still comes from the built-in operation template.
        await #expect(throws: RequestValidationError.self) {
            _ = try await Client(transport: URLSessionTransport()).listItems(limit: 0)
        }
    }
}
