// `fireblocks-balances ACCOUNT_ID`: every balance row of a connected account, walking all pages,
// as an aligned table or as JSON lines. Credentials come from FIREBLOCKS_API_KEY and
// FIREBLOCKS_SECRET_KEY; exit status 0 on success, 1 when the request fails, 2 on bad usage.

import ArgumentParser
import Fireblocks
import FireblocksConnectedAccounts
import Foundation
import OpenAPIURLSession

@main
struct FireblocksBalances: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fireblocks-balances",
        abstract: "Prints every balance of a Fireblocks connected account.",
        discussion: """
            Reads FIREBLOCKS_API_KEY and FIREBLOCKS_SECRET_KEY (the PEM text of the API user's RSA key, or
            the path of its file); FIREBLOCKS_BASE_PATH chooses the server unless --sandbox or --base-url does.
            Exit status: 0 success, 1 the request failed (the Fireblocks error code and X-Request-ID are
            printed), 2 bad usage or configuration.
            """
    )

    @Argument(help: "The connected account's ID.")
    var accountID: String

    @Option(name: .customLong("page-size"), help: "Rows per page, 1 to 1000.")
    var pageSize: Int?

    @Flag(help: "One JSON object per row instead of a table.")
    var json = false

    @Flag(help: "Use the sandbox server.")
    var sandbox = false

    @Option(name: .customLong("base-url"), help: "The server URL, including /v1.")
    var baseURL: String?

    func validate() throws {
        if sandbox && baseURL != nil { throw ValidationError("--sandbox and --base-url exclude each other") }
        if let pageSize, !(1...1000).contains(pageSize) { throw ValidationError("--page-size must be from 1 to 1000, not \(pageSize)") }
        if let baseURL, URL(string: baseURL)?.host == nil { throw ValidationError("--base-url must be an absolute URL, not '\(baseURL)'") }
    }

    /// Usage and configuration mistakes exit with 2, as documented; a failed request with 1.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let error as BalancesFailure {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            exit(withError: ExitCode(error.status))
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    func run() async throws {
        var environment = ProcessInfo.processInfo.environment
        if sandbox { environment["FIREBLOCKS_BASE_PATH"] = FireblocksServers.sandbox.absoluteString }
        if let baseURL { environment["FIREBLOCKS_BASE_PATH"] = baseURL }
        let client: Client
        do {
            client = try Client.fireblocks(transport: URLSessionTransport(), environment: environment)
        } catch {
            throw BalancesFailure(status: 2, message: "error: \(error)")
        }
        let rows = try await BalanceWalk(client: client, accountID: accountID, pageSize: pageSize).all { pages, rows in
            FileHandle.standardError.write(Data("\r\(pages) page\(pages == 1 ? "" : "s"), \(rows) row\(rows == 1 ? "" : "s")…".utf8))
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        print(json ? BalanceOutput.jsonLines(rows) : BalanceOutput.table(rows), terminator: "")
    }
}

/// A failure the command reports itself, with its exit status.
struct BalancesFailure: Error {
    var status: Int32
    var message: String
}
