import FireblocksConnectedAccounts
import Foundation

/// Reads every page of an account's balances.
struct BalanceWalk {
    var client: Client
    var accountID: String
    var pageSize: Int?

    /// Every row, in the order the pages give them; `progress` gets the pages and rows so far.
    func all(progress: (Int, Int) -> Void) async throws -> [ConnectedAccountBalances] {
        var rows: [ConnectedAccountBalances] = []
        var cursor: String?
        var seen: Set<String> = []
        var pages = 0
        repeat {
            let output: GetConnectedAccountBalancesOutput
            do {
                output = try await client.getConnectedAccountBalances(accountId: accountID, pageSize: pageSize, pageCursor: cursor)
            } catch let error as APIError<ErrorSchema> {
                throw BalancesFailure(status: 1, message: Self.describe(error))
            } catch let error as RequestValidationError {
                throw BalancesFailure(status: 2, message: "error: \(error)")
            } catch {
                throw BalancesFailure(status: 1, message: "error: the request failed: \(error)")
            }
            pages += 1
            rows += output.body.data
            progress(pages, rows.count)
            cursor = output.body.next.flatMap { $0.isEmpty ? nil : $0 }
            // A server that hands the same cursor back would otherwise be walked forever.
            if let next = cursor, !seen.insert(next).inserted { cursor = nil }
        } while cursor != nil
        return rows
    }

    /// `error: Fireblocks answered 401 (code 1004): message (X-Request-ID: …)`.
    static func describe(_ error: APIError<ErrorSchema>) -> String {
        var text = "error: Fireblocks answered \(error.status)"
        if let code = error.body?.code { text += " (code \(code.rounded() == code ? String(Int(code)) : String(code)))" }
        if let message = error.body?.message, !message.isEmpty { text += ": " + message }
        text += " (X-Request-ID: \(error.header("X-Request-ID") ?? "none"))"
        return text
    }
}
