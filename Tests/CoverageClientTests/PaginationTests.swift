// The generated page and item sequences over a real transport: every row of every page once, in
// order, and the ways a sequence ends (no next cursor, an empty or repeated one, an error,
// cancellation).

import CoverageClient
import Foundation
import LoopbackServer
import Testing

@Suite struct PaginationTests {
    /// A page of `listLedgerEntries` with these entry IDs and, when given, the next cursor.
    static func page(_ ids: [String], next: String? = nil) -> ScriptedResponse {
        let entries = ids.map { #"{"id":"\#($0)","amount":1}"# }.joined(separator: ",")
        let paging = next.map { #","paging":{"next":"\#($0)"}"# } ?? #","paging":{}"#
        return .json(#"{"entries":[\#(entries)]\#(paging)}"#)
    }

    /// Four pages keyed by the query the client must send for each.
    static let pages: Responder = { request, _ in
        switch request.query {
        case "pageSize=2": page(["a", "b"], next: "c2")
        case "pageSize=2&pageCursor=c2": page(["c", "d"], next: "c3+/=")
        case "pageSize=2&pageCursor=c3%2B%2F%3D": page([], next: "c4")
        case "pageSize=2&pageCursor=c4": page(["e"])
        default: .json(#"{"title":"unexpected query \#(request.query)"}"#, status: 400)
        }
    }

    @Test func theItemsOfEveryPageComeOnceInOrder() async throws {
        let (outcome, requests) = try await withRecordedClient(respond: Self.pages) { client in
            var ids: [String] = []
            for try await entry in client.listLedgerEntriesItems(ledgerId: "l/1", pageSize: 2) {
                ids.append(entry.id)
            }
            return ids
        }
        #expect(try outcome.get() == ["a", "b", "c", "d", "e"])
        #expect(requests.map(\.query) == ["pageSize=2", "pageSize=2&pageCursor=c2", "pageSize=2&pageCursor=c3%2B%2F%3D", "pageSize=2&pageCursor=c4"])
        #expect(requests.allSatisfy { $0.path == "/v1/ledgers/l%2F1/entries" })
    }

    @Test func thePagesComeWithTheirStatusAndBody() async throws {
        let (outcome, _) = try await withRecordedClient(respond: Self.pages) { client in
            var pages: [(Int, Int, String?)] = []
            for try await page in client.listLedgerEntriesPages(ledgerId: "l/1", pageSize: 2) {
                pages.append((page.status, page.body.entries.count, page.body.paging?.next))
            }
            return pages.map { "\($0.0) \($0.1) \($0.2 ?? "-")" }
        }
        #expect(try outcome.get() == ["200 2 c2", "200 2 c3+/=", "200 0 c4", "200 1 -"])
    }

    @Test(arguments: ["", "c1"])
    func anEmptyOrRepeatedCursorEndsTheSequence(_ next: String) async throws {
        let (outcome, requests) = try await withRecordedClient(respond: { request, _ in
            request.query.isEmpty ? Self.page(["a"], next: "c1") : Self.page(["b"], next: next)
        }) { client in
            var ids: [String] = []
            for try await entry in client.listLedgerEntriesItems(ledgerId: "l") {
                ids.append(entry.id)
            }
            return ids
        }
        #expect(try outcome.get() == ["a", "b"])
        #expect(requests.map(\.query) == ["", "pageCursor=c1"])
    }

    @Test func anErrorEndsTheSequence() async throws {
        let (outcome, requests) = try await withRecordedClient(respond: { request, _ in
            request.query.isEmpty ? Self.page(["a"], next: "c1") : .json(#"{"title":"gone","status":500}"#, status: 500)
        }) { client in
            var pages = client.listLedgerEntriesPages(ledgerId: "l").makeAsyncIterator()
            let first = try await pages.next()
            var thrown: (any Error)?
            do {
                _ = try await pages.next()
            } catch {
                thrown = error
            }
            let afterError = try await pages.next()
            return (first?.body.entries.map(\.id), (thrown as? APIError<JSONValue>)?.status, afterError == nil)
        }
        let (first, status, ended) = try outcome.get()
        #expect(first == ["a"])
        #expect(status == 500)
        #expect(ended)
        #expect(requests.count == 2)
    }

    @Test func cancellingTheTaskStopsTheSequence() async throws {
        // The sequence stops before the next page's call: no middleware sees it (the transport
        // would refuse to send it too).
        let counter = AttemptCounter()
        let (outcome, requests) = try await withRecordedClient(middlewares: [counter], respond: Self.pages) { client in
            let walk = _Concurrency.Task {  // In full: the coverage spec declares a schema named `Task`.
                var ids: [String] = []
                for try await entry in client.listLedgerEntriesItems(ledgerId: "l/1", pageSize: 2) {
                    ids.append(entry.id)
                    // Cancelled while reading the first page: the second is never requested.
                    withUnsafeCurrentTask { $0?.cancel() }
                }
                return ids
            }
            return await walk.result
        }
        let result = try outcome.get()
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(requests.count == 1)
        #expect(counter.count == 1)
    }
}
