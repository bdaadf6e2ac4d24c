// The build-tool plugin: generates the client of a target from the OpenAPI document in it, at build
// time, into the plugin's work folder, and adds the generated files to the target's sources.

import Foundation
import PackagePlugin

@main
struct OpenAPISwiftGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let inputs = try GeneratorInputs(target: target)
        let outputFolder = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources", directoryHint: .isDirectory)
        let layout = try Self.layout(of: inputs.spec)
        return [
            .buildCommand(
                displayName: "Generating the OpenAPI client of \(inputs.targetName) from \(inputs.spec.lastPathComponent)",
                executable: try context.tool(named: "openapi-swift-gen").url,
                arguments: Self.arguments(inputs, layout: layout, outputFolder: outputFolder) + referenceRootArguments(context.package),
                inputFiles: inputs.inputFiles,
                outputFiles: layout.fileNames.map { outputFolder.appending(path: $0, directoryHint: .notDirectory) }
            )
        ]
    }

    /// The layout for the document: the plugin must know the files before the tool runs, and the
    /// layout decides them (`OutputLayout.forPlugin`).
    static func layout(of spec: URL) throws -> OutputLayout {
        let size = try FileManager.default.attributesOfItem(atPath: spec.path)[.size] as? Int ?? 0
        return OutputLayout.forPlugin(documentBytes: size)
    }

    /// The tool's command line. `--layout` is explicit so that a `layout` key in the configuration
    /// file cannot change the file set: the declared outputs must be exactly the files the tool
    /// writes.
    static func arguments(_ inputs: GeneratorInputs, layout: OutputLayout, outputFolder: URL) -> [String] {
        ["generate", inputs.spec.path, "--output", outputFolder.path] + inputs.configArguments + ["--layout", layout.rawValue]
    }
}
