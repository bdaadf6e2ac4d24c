// The build-tool plugin: generates the client of a target from the OpenAPI document in it, at build
// time, into the plugin's work folder, and adds the generated files to the target's sources.

import Foundation
import PackagePlugin

@main
struct OpenAPISwiftGenPlugin: BuildToolPlugin {
    /// The shard count the plugin always asks for. A build command must name its outputs before it
    /// runs and the plugin does not parse the configuration file (the tool does), so the count is
    /// fixed here (see `arguments`); the file set never depends on the spec.
    static let shards = 1

    /// The files the tool writes (`generatedFileNames`, checked against the generator by a test).
    static let outputFileNames = generatedFileNames(shards: shards)

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let inputs = try GeneratorInputs(target: target)
        let outputFolder = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources", directoryHint: .isDirectory)
        return [
            .buildCommand(
                displayName: "Generating the OpenAPI client of \(inputs.targetName) from \(inputs.spec.lastPathComponent)",
                executable: try context.tool(named: "openapi-swift-gen").url,
                arguments: Self.arguments(inputs, outputFolder: outputFolder) + referenceRootArguments(context.package),
                inputFiles: inputs.inputFiles,
                outputFiles: Self.outputFileNames.map { outputFolder.appending(path: $0, directoryHint: .notDirectory) }
            )
        ]
    }

    /// The tool's command line. `--shards` is explicit so that a `shards` key in the configuration
    /// file cannot change the file set: the declared outputs must be exactly the files the tool
    /// writes.
    static func arguments(_ inputs: GeneratorInputs, outputFolder: URL) -> [String] {
        ["generate", inputs.spec.path, "--output", outputFolder.path] + inputs.configArguments + ["--shards", String(shards)]
    }
}
