// Shared by the build plugin and the command plugin (each plugin folder links this folder in as
// `Shared`, since a plugin target cannot depend on a library target).

import Foundation
import PackagePlugin

/// The file names a target's OpenAPI document may have.
let specFileNames = ["openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.yml", "swagger.json"]

/// The name of the generator's configuration file, read by the tool when it is in the target.
let configFileName = "openapi-swift-gen.yaml"

/// An error a plugin reports to the user; SwiftPM prints its description.
struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// What the generator works from in one target: its OpenAPI document and, when present, the
/// configuration file.
struct GeneratorInputs {
    var targetName: String
    var spec: URL
    var config: URL?
    /// The target's other YAML and JSON files: documents the spec may point into with `$ref`.
    var otherDocuments: [URL]

    /// Finds the document and the configuration among the files of `target` (in any subfolder).
    /// Throws when the target is not a source module, has no document, or has several.
    init(target: Target) throws {
        guard let module = target.sourceModule else {
            throw PluginError(
                "target '\(target.name)' is not a source module; openapi-swift-gen generates code only for Swift targets"
            )
        }
        try self.init(targetName: module.name, directory: module.directoryURL, files: module.sourceFiles.map(\.url))
    }

    init(targetName: String, directory: URL, files: [URL]) throws {
        /// A file's path relative to the target's folder, for messages.
        func name(_ file: URL) -> String {
            let prefix = directory.standardizedFileURL.path + "/"
            let path = file.standardizedFileURL.path
            return "'" + (path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path) + "'"
        }
        let specs = files
            .filter { specFileNames.contains($0.lastPathComponent) }
            .sorted { $0.path < $1.path }
        guard let spec = specs.first else {
            throw PluginError(
                "no OpenAPI document found in target '\(targetName)'; add openapi.yaml (or .yml/.json, or swagger.yaml) to it"
            )
        }
        guard specs.count == 1 else {
            let names = specs.map(name).joined(separator: ", ")
            throw PluginError(
                "several OpenAPI documents found in target '\(targetName)' (\(names)); keep exactly one"
            )
        }
        let configs = files.filter { $0.lastPathComponent == configFileName }.sorted { $0.path < $1.path }
        guard configs.count <= 1 else {
            let names = configs.map(name).joined(separator: ", ")
            throw PluginError("several \(configFileName) files found in target '\(targetName)' (\(names)); keep exactly one")
        }
        self.targetName = targetName
        self.spec = spec
        self.config = configs.first
        self.otherDocuments = files
            .filter { ["yaml", "yml", "json"].contains($0.pathExtension) && $0 != spec && $0 != configs.first }
            .sorted { $0.path < $1.path }
    }

    /// The files whose edits must make the build run the generator again.
    var inputFiles: [URL] {
        [spec] + (config.map { [$0] } ?? []) + otherDocuments
    }

    /// The arguments passing the configuration file to the tool: the one place that knows how the
    /// tool takes it.
    var configArguments: [String] {
        guard let config else { return [] }
        return ["--config", config.path]
    }
}

/// The arguments confining the spec's `$ref`s to the package's folder: a target's document may point
/// into other folders of its package (shared schemas), never outside it.
func referenceRootArguments(_ package: Package) -> [String] {
    ["--ref-root", package.directoryURL.path]
}
