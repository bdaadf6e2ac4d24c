// The command plugin `generate-openapi-code`: writes the generated client into the `Generated`
// folder of each chosen target, for projects that commit generated code and review its diffs.
//
//     swift package --allow-writing-to-package-directory generate-openapi-code --target APIClient
//
// Without `--target`, every Swift target holding an OpenAPI document is generated. With
// `--change-summary`, what the run changes for the client's callers is written in Markdown to
// `openapi-changes.md` in the target's folder, beside `Generated`. Arguments after the plugin's own
// (e.g. `--access internal`, `--layout letters`) are passed on to `openapi-swift-gen generate`.

import Foundation
import PackagePlugin

@main
struct OpenAPISwiftGenCommand: CommandPlugin {
    /// The folder, inside the target's own, that the generated files go to.
    static let outputFolderName = "Generated"
    /// The file, in the target's folder, that `--change-summary` writes.
    static let summaryFileName = "openapi-changes.md"

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let writesSummary = extractor.extractFlag(named: "change-summary") > 0
        let toolArguments = extractor.remainingArguments

        let targets: [(Target, GeneratorInputs)]
        if targetNames.isEmpty {
            targets = context.package.targets.compactMap { target in
                (try? GeneratorInputs(target: target)).map { (target, $0) }
            }
            guard !targets.isEmpty else {
                throw PluginError(
                    "no target of package '\(context.package.displayName)' holds an OpenAPI document; add openapi.yaml (or .yml/.json, or swagger.yaml) to one"
                )
            }
        } else {
            targets = try context.package.targets(named: targetNames).map { ($0, try GeneratorInputs(target: $0)) }
        }

        let tool = try context.tool(named: "openapi-swift-gen").url
        for (target, inputs) in targets {
            let output = target.directoryURL.appending(path: Self.outputFolderName, directoryHint: .isDirectory)
            let summary = target.directoryURL.appending(path: Self.summaryFileName, directoryHint: .notDirectory)
            let arguments = ["generate", inputs.spec.path, "--output", output.path] + inputs.configArguments
                + referenceRootArguments(context.package) + (writesSummary ? ["--change-summary", summary.path] : [])
                + toolArguments
            try run(tool, arguments, for: inputs.targetName)
        }
    }

    /// Runs the tool, whose output (the count of written files, or located errors) goes straight to
    /// the terminal.
    private func run(_ tool: URL, _ arguments: [String], for targetName: String) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PluginError("openapi-swift-gen failed for target '\(targetName)' (exit status \(process.terminationStatus))")
        }
    }
}
