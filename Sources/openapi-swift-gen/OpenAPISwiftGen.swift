// The command-line tool: reads the spec, runs the in-memory pipeline, writes the files that
// changed, and prints diagnostics as `file:line:col: error: …` to stderr.

import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GeneratorCore

@main
struct OpenAPISwiftGen: ParsableCommand {
    /// Runs the command; a usage mistake exits with status 2, as the README documents.
    static func main() {
        ProcessMemory.shareHeaps()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.print(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "openapi-swift-gen",
        abstract: "Generates a Swift client from an OpenAPI 3.0/3.1 document.",
        discussion: """
            Exit codes: 0 success, 1 errors in the spec or the configuration, stale output (check), or
            changes --fail-on names (diff), 2 bad usage.

            Examples:
              openapi-swift-gen generate
              openapi-swift-gen generate api.yaml --output Sources/APIClient
              openapi-swift-gen check api.yaml --output Sources/APIClient
              openapi-swift-gen diff old.yaml api.yaml --format markdown --fail-on breaking
              openapi-swift-gen generate api.yaml --tag Pets --operation getStore --output Sources/PetsClient
              openapi-swift-gen generate --config openapi-swift-gen.yaml --dry-run
              openapi-swift-gen templates export MyTemplates
              openapi-swift-gen templates context api.yaml

            --tag, --operation and --path keep the operations matching any of them, with the
            components they use.
            """,
        version: toolVersion,
        subcommands: [Generate.self, Check.self, Diff.self, Examples.self, Templates.self],
        defaultSubcommand: Generate.self
    )
}

/// The spec and the options of `generate`, `check`, `examples` and `templates context`.
struct SpecOptions: ParsableArguments {
    @Argument(help: ArgumentHelp.setting("spec", valueName: "spec"))
    var spec: String?

    @OptionGroup var settings: SettingOptions
}

/// Options shared by every command that reads a spec. Each may also come from the configuration
/// file (`ConfigFile.keys`); a flag given here wins.
struct SettingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp.setting("output"))
    var output: String?

    @Option(name: .customLong("ref-root"), help: ArgumentHelp.setting("refRoot", valueName: "dir"))
    var refRoot: String?

    @Option(help: ArgumentHelp("The configuration file. Default: openapi-swift-gen.yaml in the working directory, when there is one.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp.setting("access"))
    var access: String?

    @Option(name: .customLong("client-name"), help: ArgumentHelp.setting("clientName"))
    var clientName: String?

    // Text, so that the setting's rule checks it (and says so in the same words as for the file).
    @Option(help: ArgumentHelp.setting("layout"))
    var layout: String?

    @Option(help: ArgumentHelp.setting("templates", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("import"), help: ArgumentHelp.setting("imports", valueName: "module"))
    var imports: [String] = []

    @Option(name: .customLong("tag"), help: ArgumentHelp.setting("filter.tags", valueName: "tag"))
    var tags: [String] = []

    @Option(name: .customLong("operation"), help: ArgumentHelp.setting("filter.operations", valueName: "operationId"))
    var operationIds: [String] = []

    @Option(name: .customLong("path"), help: ArgumentHelp.setting("filter.paths", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("schema-name"), help: ArgumentHelp.setting("names.schemas"))
    var schemaNames: [String] = []

    @Option(name: .customLong("property-name"), help: ArgumentHelp.setting("names.properties"))
    var propertyNames: [String] = []

    @Option(name: .customLong("operation-name"), help: ArgumentHelp.setting("names.operations"))
    var operationNames: [String] = []

    @Option(name: .customLong("type"), help: ArgumentHelp.setting("types"))
    var types: [String] = []

    @Option(name: .customLong("pagination"), help: ArgumentHelp.setting("pagination"))
    var pagination: [String] = []

    @Option(name: .customLong("max-nesting"), help: ArgumentHelp.setting("limits.nesting", valueName: "levels"))
    var maxNesting: String?

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp.setting("limits.nodes", valueName: "count"))
    var maxNodes: String?

    @Option(name: .customLong("max-alias-nodes"), help: ArgumentHelp.setting("limits.aliasNodes", valueName: "count"))
    var maxAliasNodes: String?

    @Option(name: .customLong("max-document-mib"), help: ArgumentHelp.setting("limits.documentMiB", valueName: "MiB"))
    var maxDocumentMiB: String?

    @Option(name: .customLong("max-ref-depth"), help: ArgumentHelp.setting("limits.referenceDepth", valueName: "schemas"))
    var maxReferenceDepth: String?

    @Option(name: .customLong("max-ref-files"), help: ArgumentHelp.setting("limits.files", valueName: "count"))
    var maxFiles: String?

    // `--no-strict` turns off a configuration file's `strict: true` for one run.
    @Flag(inversion: .prefixedNo, help: ArgumentHelp.setting("strict"))
    var strict: Bool?

    @Flag(help: "Also print notes: which operations are paginated, and why one that looks paginated is not.")
    var verbose = false

    /// Each option's values by the name of its setting in `ConfigFile.keys`, with the spec's path.
    func values(spec: String?) -> [(key: String, values: [String])] {
        [
            ("spec", [spec].compactMap { $0 }), ("output", [output].compactMap { $0 }),
            ("refRoot", [refRoot].compactMap { $0 }),
            ("access", [access].compactMap { $0 }), ("clientName", [clientName].compactMap { $0 }),
            ("layout", [layout].compactMap { $0 }), ("templates", [templates].compactMap { $0 }),
            ("imports", imports), ("filter.tags", tags), ("filter.operations", operationIds), ("filter.paths", paths),
            ("names.schemas", schemaNames), ("names.properties", propertyNames), ("names.operations", operationNames),
            ("types", types), ("pagination", pagination),
            ("limits.nesting", [maxNesting].compactMap { $0 }), ("limits.nodes", [maxNodes].compactMap { $0 }),
            ("limits.aliasNodes", [maxAliasNodes].compactMap { $0 }),
            ("limits.documentMiB", [maxDocumentMiB].compactMap { $0 }),
            ("limits.referenceDepth", [maxReferenceDepth].compactMap { $0 }), ("limits.files", [maxFiles].compactMap { $0 }),
            ("strict", [strict].compactMap { $0.map(String.init) }),
        ]
    }

    /// The settings given here, checked by the rules the configuration file follows too.
    func settings(spec: String?) throws(DiagnosticError) -> ConfigFile {
        try ConfigFile(flags: values(spec: spec))
    }

    func validate() throws {
        do throws(DiagnosticError) {
            _ = try settings(spec: nil)
        } catch {
            throw ValidationError(error.diagnostics.map { $0.message }.joined(separator: "\n"))
        }
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates the client and writes the files whose contents changed."
    )

    @OptionGroup var options: SpecOptions

    @Flag(name: .customLong("dry-run"), help: "List the files that would change; write nothing.")
    var dryRun = false

    @Flag(help: "Print the time each stage took (read, YAML parse, model + $ref, translate, render, write).")
    var timings = false

    @Option(
        name: .customLong("change-summary"),
        help: ArgumentHelp("Also write, in Markdown, what this run changes for the client's callers (as diff reports it) to this file.", valueName: "file")
    )
    var changeSummary: String?

    func run() throws {
        let settings = try RunSettings(options)
        let run = try reported { () throws(RunError) in try settings.generate() }
        let files = run.files
        let writeStart = ContinuousClock.now
        defer {
            if timings {
                StageTiming.lines(run.timings + [StageTiming(stage: "write", since: writeStart)]).forEach(Console.print)
            }
        }
        var folder = OutputFolder(path: settings.output)
        if dryRun {
            let stale = folder.staleFiles(files)
            for name in stale { Console.print("would write \(settings.output)/\(name)") }
            for name in folder.leftovers(files) { Console.print("would delete \(settings.output)/\(name)") }
            Console.print("\(stale.count) of \(files.count) files would change in \(settings.output)")
            return
        }
        // The surface the folder had before this run is the old side of the summary (none: all
        // new); it is read only when a summary is asked for.
        let before = changeSummary == nil ? nil : folder.committedSurface
        folder.surface = run.surface?.json
        let result = try folder.writeReporting(files)
        for name in result.deleted { Console.print("deleted \(settings.output)/\(name), which is no longer generated") }
        Console.print("\(result.written.count) of \(files.count) files written to \(settings.output)")
        if let changeSummary, let surface = run.surface {
            let old = before ?? Surface(clientName: surface.clientName, operations: [], types: [], servers: [], credentials: [])
            let report = ChangeReport(from: old, to: surface, oldName: settings.output, newName: settings.spec)
            do {
                try Data(report.markdown.utf8).write(to: URL(fileURLWithPath: changeSummary), options: .atomic)
            } catch {
                Console.print("\(changeSummary): error: cannot write the change summary")
                throw ExitCode(1)
            }
            Console.print("\(report.summary); written to \(changeSummary)")
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exits with status 1 when the files in the output folder are not what generate would write.",
        discussion: """
            When they are not, it prints what the change does to the client's callers (from the
            surface file generate keeps in the folder), then the files' unified diffs.
            """
    )

    @OptionGroup var options: SpecOptions

    func run() throws {
        let settings = try RunSettings(options)
        let run = try reported { () throws(RunError) in try settings.generate() }
        let files = run.files
        let folder = OutputFolder(path: settings.output)
        let stale = folder.staleFiles(files)
        let leftovers = folder.leftovers(files)
        guard stale.isEmpty, leftovers.isEmpty else {
            // The summary and the diffs go to standard output (what would change, as `git diff`
            // shows it), the verdict to standard error.
            if let old = folder.committedSurface, let new = run.surface {
                let report = ChangeReport(from: old, to: new, oldName: settings.output, newName: settings.spec)
                if !report.changes.isEmpty { print(report.text) }
            }
            for file in files where stale.contains(file.name) {
                let path = settings.output + "/" + file.name
                let old = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
                print(TextDiff.unified(old ?? "", file.contents, oldName: old == nil ? "/dev/null" : path, newName: path))
                Console.print("\(path) is out of date; run openapi-swift-gen generate")
            }
            for name in leftovers {
                Console.print("\(settings.output)/\(name) is no longer generated; run openapi-swift-gen generate")
            }
            throw ExitCode(1)
        }
    }
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Says what a change of the spec does to Swift code that calls the generated client.",
        discussion: """
            Both specs are translated as generate would (with the same settings), and every added,
            removed or changed declaration is listed by its Swift name, as source-breaking,
            behavior-changing or additive.
            """
    )

    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case breaking, any
    }

    @Argument(help: ArgumentHelp("The spec before the change.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The spec after the change.", valueName: "new"))
    var new: String

    @OptionGroup var settings: SettingOptions

    @Option(help: "text, markdown (for a pull request) or json (for a program).")
    var format: ChangeReport.Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when there are source-breaking changes (breaking) or any change (any).")
    var failOn: Threshold?

    func run() throws {
        let settings = try RunSettings(settings, spec: old)
        let output = try exitingOnFailure { () throws(RunError) in try settings.diff(against: new) }
        for message in output.messages { Console.print(message) }
        print(output.report.rendered(format), terminator: "")
        switch failOn {
        case .breaking? where output.report.changes.contains { $0.impact == .breaking }: throw ExitCode(1)
        case .any? where !output.report.changes.isEmpty: throw ExitCode(1)
        default: break
        }
    }
}

extension ChangeReport.Format: ExpressibleByArgument {}

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
        let settings = try RunSettings(options)
        let files = try reported { () throws(RunError) in try settings.exampleTests(moduleName: module) }.files
        let written = try OutputFolder(path: testOutput).writeReporting(files).written
        Console.print("\(written.count) of \(files.count) files written to \(testOutput)")
    }
}

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Works with the templates the code is rendered from.",
        subcommands: [Export.self, Context.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes the built-in templates to a folder, to customize them.",
            discussion: "Keep only the files you change in the folder you pass to --templates; the others stay built-in."
        )

        @Argument(help: "The folder to write the .mustache files to.")
        var folder: String

        func run() throws {
            let files = TemplateLibrary.builtIn.files
            let written = try OutputFolder(path: folder, keepsManifest: false).writeReporting(files).written
            Console.print("\(written.count) of \(files.count) templates written to \(folder)")
        }
    }

    struct Context: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints the template context of every generated file as JSON: every key a template can use, with its value for this spec."
        )

        @OptionGroup var options: SpecOptions

        func run() throws {
            let settings = try RunSettings(options)
            let contexts = try reported { () throws(RunError) in try settings.templateContexts() }
            print(contexts.contextsJSON)
        }
    }
}

/// The tool's version, printed by `--version`.
let toolVersion = "0.4.0"
