import Foundation
import Testing

/// `--tag`, `--operation` and `--path`: generating a client for part of a spec.
@Suite struct FilterCLITests {
    @Test func theSeedFilteredByItsOnlyTagIsTheCommittedClient() throws {
        let output = try temporaryFolder()
        let result = try run(["generate", seedSpec, "--tag", "Connected Accounts (Beta)", "--output", output.path])
        #expect(result.status == 0)
        #expect(result.stderr == "4 of 4 files written to \(output.path)\n")
        let committed = packageRoot.appendingPathComponent("Sources/FireblocksConnectedAccounts")
        for name in ["Client.swift", "Models.swift", "Operations.swift", "Support.swift"] {
            let generated = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            #expect(generated == (try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)), "\(name)")
        }
    }

    @Test func anUnknownTagIsAnErrorAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out")
        let result = try run(["generate", seedSpec, "--tag", "Nope", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: no operation has the tag 'Nope'\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func everyUnmatchedCriterionIsPrintedWithASuggestion() throws {
        let result = try run([
            "generate", seedSpec, "--output", try temporaryFolder().path,
            "--tag", "connected accounts (beta)", "--operation", "getConnectedAccountBalance",
            "--path", "/connected_accounts/{accountId}/balances", "--path", "/nowhere",
        ])
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: no operation has the tag 'connected accounts (beta)'; did you mean 'Connected Accounts (Beta)'?
            error: no operation has the operationId 'getConnectedAccountBalance'; did you mean 'getConnectedAccountBalances'?
            error: no path '/nowhere' in the document

            """)
    }

    @Test func checkTakesTheSameFilters() throws {
        let committed = "Sources/FireblocksConnectedAccounts"
        let current = try run(["check", seedSpec, "--output", committed, "--operation", "getConnectedAccountBalances"])
        #expect(current.status == 0)
        #expect(current.stderr == "")
        let unknown = try run(["check", seedSpec, "--output", committed, "--path", "/connected_accounts"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no path '/connected_accounts' in the document\n")
    }

    @Test func helpListsTheFilterOptions() throws {
        let help = try run(["generate", "--help"])
        #expect(help.status == 0)
        for option in ["--tag <tag>", "--operation <operationId>", "--path <path>"] {
            #expect(help.stdout.contains(option), "\(option)")
        }
    }

    // MARK: The full Fireblocks spec

    static let fireblocksSpec = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/specs/fireblocks/swagger.yaml")

    @Test func fireblocksConnectedAccountsTag() throws {
        guard FileManager.default.fileExists(atPath: Self.fireblocksSpec.path) else {
            print("skipping: ../shared/specs not found")
            return
        }
        let output = try temporaryFolder()
        let result = try run(["generate", Self.fireblocksSpec.path, "--tag", "Connected Accounts (Beta)", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("4 of 4 files written to \(output.path)\n"))
        let client = try String(contentsOf: output.appendingPathComponent("Operations.swift"), encoding: .utf8)
        let methods = client.split(separator: "\n").filter { $0.hasPrefix("    public func ") }
        let types = try topLevelTypes(output)
        print("Fireblocks --tag 'Connected Accounts (Beta)': \(methods.count) client methods, \(types.count) model types \(types)")
        for name in ["getConnectedAccounts", "getConnectedAccountBalances", "renameConnectedAccount"] {
            #expect(client.contains("func \(name)("), "\(name)")
        }
        // 12 operations, and the page and item sequences of the 4 paginated ones.
        #expect(methods.count == 20)
        #expect(types.count == 29)
        #expect(!client.contains("func getVaultAccount("))
    }

    @Test func fireblocksBalancesPathGivesTheSeedsModels() throws {
        guard FileManager.default.fileExists(atPath: Self.fireblocksSpec.path) else {
            print("skipping: ../shared/specs not found")
            return
        }
        let output = try temporaryFolder()
        let result = try run(["generate", Self.fireblocksSpec.path, "--path", "/connected_accounts/{accountId}/balances", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let generated = try topLevelTypes(output)
        let seed = try topLevelTypes(packageRoot.appendingPathComponent("Sources/FireblocksConnectedAccounts"))
        print("Fireblocks --path balances: Models.swift types \(generated); the seed's \(seed)")
        #expect(generated.sorted() == seed.sorted())
        #expect(Set(generated) == ["ConnectedAccountBalancesResponse", "ConnectedAccountBalances", "ErrorSchema"])
    }
}

/// The names of the types declared at the top level of a folder's `Models.swift`, in file order.
private func topLevelTypes(_ folder: URL) throws -> [String] {
    let text = try String(contentsOf: folder.appendingPathComponent("Models.swift"), encoding: .utf8)
    var names: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("//") {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(where: { ["struct", "enum", "typealias", "class"].contains($0) }),
              index + 1 < words.count else { continue }
        names.append(String(words[index + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
    }
    return names
}
