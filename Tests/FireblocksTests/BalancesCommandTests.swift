// `fireblocks-balances` run as a user runs it, against the paged mock server: the table and the
// JSON lines (golden files), the progress line, the exit codes and the error report.

import Foundation
import LoopbackServer
import Testing

@Suite struct BalancesCommandTests {
    /// Runs the command with the test user's credentials against a fresh paged mock.
    private func run(_ arguments: [String], secretKey: String = PEMForm.pkcs1.text(of: TestKeys.user)) async throws -> (status: Int32, stdout: String, stderr: String) {
        let mock = try await MockFireblocks()
        return try await withTestServer(respond: PagedFireblocks.responder(mock)) { baseURL, _ in
            try await runCommand(arguments + ["--base-url", baseURL.absoluteString + "/v1"], environment: [
                "FIREBLOCKS_API_KEY": TestKeys.apiKey,
                "FIREBLOCKS_SECRET_KEY": secretKey,
            ])
        }
    }

    @Test func theTableListsEveryRowOfEveryPage() async throws {
        let result = try await run(["acc-1", "--page-size", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, "balances-table.txt")
        #expect(result.stderr.contains("3 pages, 6 rows"))
    }

    @Test func jsonLinesHaveOneObjectPerRow() async throws {
        let result = try await run(["acc-1", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, "balances.jsonl")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
        }
    }

    @Test func aRefusedRequestPrintsFireblocksCodeAndRequestID() async throws {
        let result = try await run(["acc-1"], secretKey: PEMForm.pkcs8.text(of: TestKeys.stranger))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix("error: Fireblocks answered 401 (code -7): Unauthorized: the JWT could not be verified (X-Request-ID: req-401)\n"))
    }

    @Test(arguments: [["acc-1", "--page-size", "0"], ["acc-1", "--sandbox", "--base-url", "http://x/v1"], []])
    func badUsageExitsWith2(arguments: [String]) async throws {
        let result = try await runCommand(arguments, environment: [:])
        #expect(result.status == 2, "\(result.stderr)")
    }

    @Test func aMissingVariableIsNamedAndExitsWith2() async throws {
        let result = try await runCommand(["acc-1"], environment: ["FIREBLOCKS_API_KEY": "k"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("FIREBLOCKS_SECRET_KEY"))
    }
}

/// Compares with `Tests/FireblocksTests/Golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try Data(text.utf8).write(to: url)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "\(name) differs:\n\(text)", sourceLocation: sourceLocation)
}

/// Runs the built `fireblocks-balances` (beside the test binary) with only `environment`, without
/// blocking the test server's threads.
func runCommand(_ arguments: [String], environment: [String: String]) async throws -> (status: Int32, stdout: String, stderr: String) {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL,
        Bundle.main.bundleURL.deletingLastPathComponent(),
    ]
    guard let tool = candidates.map({ $0.appendingPathComponent("fireblocks-balances") }).first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "fireblocks-balances beside \(candidates.map(\.path))"])
    }
    return try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            do {
                let process = Process()
                process.executableURL = tool
                process.arguments = arguments
                process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }
                let out = Pipe(), err = Pipe()
                process.standardOutput = out
                process.standardError = err
                try process.run()
                let stdout = out.fileHandleForReading.readDataToEndOfFile()
                let stderr = err.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)))
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }
}
