import Foundation
import Testing

/// The configuration file as the tool finds and applies it, flags over it, and `--dry-run`.
@Suite struct ConfigCLITests {
    @Test func theFileInTheWorkingDirectoryIsReadAndFlagsWin() throws {
        let folder = try temporaryFolder()
        try Data("""
            spec: \(seedSpec)
            output: out
            access: internal
            clientName: Balances
            """.utf8).write(to: folder.appendingPathComponent("openapi-swift-gen.yaml"))
        let result = try run(["generate"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "4 of 4 files written to out\n")
        let client = try String(contentsOf: folder.appendingPathComponent("out/Client.swift"), encoding: .utf8)
        #expect(client.contains("internal struct Balances: Sendable {"))

        let flags = try run(["generate", "--access", "public", "--client-name", "Accounts"], in: folder)
        #expect(flags.status == 0)
        let again = try String(contentsOf: folder.appendingPathComponent("out/Client.swift"), encoding: .utf8)
        #expect(again.contains("public struct Accounts: Sendable {"))
    }

    @Test func aMistakeInTheFileIsLocatedAndNothingIsWritten() throws {
        let folder = try temporaryFolder()
        let config = folder.appendingPathComponent("settings.yaml")
        try Data("output: out\nacess: internal\n".utf8).write(to: config)
        let result = try run(["generate", seedSpec, "--config", config.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(config.path):2:1: error: unknown configuration key 'acess'; did you mean 'access'?
            acess: internal
            ^

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func dryRunListsTheFilesThatWouldChangeAndWritesNothing() throws {
        let output = try temporaryFolder()
        #expect(try run(["generate", seedSpec, "--output", output.path]).status == 0)
        let models = output.appendingPathComponent("Models.swift")
        try Data("// edited\n".utf8).write(to: models)
        let result = try run(["generate", seedSpec, "--output", output.path, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stderr == "would write \(output.path)/Models.swift\n1 of 4 files would change in \(output.path)\n")
        #expect(try String(contentsOf: models, encoding: .utf8) == "// edited\n")
    }

    @Test func versionAndBadMapFlags() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
        let bad = try run(["generate", seedSpec, "--type", "Money"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--type must be a key=value pair, not 'Money'"))
        // A map flag's values follow the rule the file's values follow.
        let name = try run(["generate", seedSpec, "--schema-name", "ErrorSchema=problem"])
        #expect(name.status == 2)
        #expect(name.stderr.contains("--schema-name ErrorSchema must be a type name starting with an uppercase letter, not 'problem'"))
    }
}
