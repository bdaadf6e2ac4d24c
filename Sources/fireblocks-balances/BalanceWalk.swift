import FireblocksConnectedAccounts
import Foundation

/// Reads every page of an account's balances.
struct BalanceWalk {
    var client: Client
    var accountID: String
    var pageSize: Int?

    /// Every row, in the order the pages give them; `progress` gets the pages and rows so far.
    /// The generated page sequence walks the cursors (and stops on a repeated one).
    func all(progress: (Int, Int) -> Void) async throws -> [ConnectedAccountBalances] {
        var rows: [ConnectedAccountBalances] = []
        var pages = 0
        do {
            for try await page in client.getConnectedAccountBalancesPages(accountId: accountID, pageSize: pageSize) {
                pages += 1
                rows += page.body.data
                progress(pages, rows.count)
            }
        } catch let error as APIError<ErrorSchema> {
            throw BalancesFailure(status: 1, message: Self.describe(error))
        } catch let error as RequestValidationError {
            throw BalancesFailure(status: 2, message: "error: \(error)")
        } catch {
            throw BalancesFailure(status: 1, message: "error: the request failed: \(error)")
        }
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
