// The command-line tool: reads the spec, runs the in-memory pipeline, writes the files that
// changed, and prints diagnostics as `file:line:col: error: …` to stderr.

import ArgumentParser

@main
struct OpenAPISwiftGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi-swift-gen",
        abstract: "Generates a Swift client from an OpenAPI 3.0/3.1 document.",
        discussion: """
            Exit codes: 0 success, 1 errors in the spec or stale output (check), 64 bad usage.

            Examples:
              openapi-swift-gen generate
              openapi-swift-gen generate api.yaml --output Sources/APIClient
              openapi-swift-gen check api.yaml --output Sources/APIClient
              openapi-swift-gen generate api.yaml --tag Pets --operation getStore --output Sources/PetsClient

            --tag, --operation and --path keep the operations matching any of them, with the
            components they use.
            """,
        subcommands: [Generate.self, Check.self, Examples.self],
        defaultSubcommand: Generate.self
    )
}

/// Options shared by `generate` and `check`.
struct SpecOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON).")
    var spec: String = "spec/swagger.yaml"

    @Option(name: .shortAndLong, help: "The folder the Swift files go to.")
    var output: String = "Sources/FireblocksConnectedAccounts"

    @Option(help: "The access modifier of generated declarations (public, package or internal).")
    var access: String = "public"

    @Option(help: "How many files models and operations are spread over (1 to 64), for parallel compilation.")
    var shards: Int = 1

    @Option(name: .customLong("tag"), help: ArgumentHelp("Generate only the operations with this tag (repeatable).", valueName: "tag"))
    var tags: [String] = []

    @Option(name: .customLong("operation"), help: ArgumentHelp("Generate only the operation with this operationId (repeatable).", valueName: "operationId"))
    var operationIds: [String] = []

    @Option(name: .customLong("path"), help: ArgumentHelp("Generate only the operations of this path template, e.g. '/pets/{petId}' (repeatable).", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        guard ["public", "package", "internal"].contains(access) else {
            throw ValidationError("--access must be public, package or internal, not '\(access)'")
        }
        guard (1...64).contains(shards) else {
            throw ValidationError("--shards must be between 1 and 64, not \(shards)")
        }
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates the client and writes the files whose contents changed."
    )

    @OptionGroup var options: SpecOptions

    func run() throws {
        let files = try Pipeline.run(options)
        let written = try OutputFolder(path: options.output).write(files)
        Console.print("\(written.count) of \(files.count) files written to \(options.output)")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exits with status 1 when the files in the output folder are not what generate would write."
    )

    @OptionGroup var options: SpecOptions

    func run() throws {
        let files = try Pipeline.run(options)
        let stale = OutputFolder(path: options.output).staleFiles(files)
        guard stale.isEmpty else {
            for name in stale {
                Console.print("\(options.output)/\(name) is out of date; run openapi-swift-gen generate")
            }
            throw ExitCode(1)
        }
    }
}

struct Examples: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a test file that decodes every example in the spec into the generated types.",
        discussion: "Put the file in a test target that depends on the generated module; run it with swift test."
    )

    @OptionGroup var options: SpecOptions

    @Option(help: "The module the generated client is compiled into (imported with @testable).")
    var module: String

    @Option(name: .customLong("test-output"), help: "The folder the test file (SpecExampleTests.swift) goes to.")
    var testOutput: String

    func run() throws {
        let files = try Pipeline.runExamples(options, moduleName: module)
        let written = try OutputFolder(path: testOutput).write(files)
        Console.print("\(written.count) of \(files.count) files written to \(testOutput)")
    }
}
