import Diagnostics
import Foundation
import GeneratorCore
import Rendering
import Testing

/// The package root (two levels above this file's folder).
let packageRoot: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()

func readText(_ relativePath: String) throws -> String {
    try String(contentsOfFile: packageRoot + "/" + relativePath, encoding: .utf8)
}

/// Generates files from YAML text; records the diagnostics as an issue when the run fails.
func generate(_ yaml: String, fileName: String = "t.yaml", config: GeneratorConfig = GeneratorConfig(), sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: String] {
    do {
        let result = try Generator.generate(spec: Array(yaml.utf8), fileName: fileName, config: config)
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.contents) })
    } catch {
        Issue.record("generation failed:\n\(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// A 3.0 document: `info`, then the given text.
func spec(_ rest: String) -> String {
    """
    openapi: 3.0.3
    info:
      title: T
      version: 1.0.0

    """ + rest
}
