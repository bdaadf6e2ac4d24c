import Foundation
import GeneratorCore
import Testing

/// The package root (two levels above this file's folder).
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readText(_ relativePath: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
}

/// The `.swift`/`.mustache` files of a folder by name (not recursive).
func files(in relativePath: String, withExtension ext: String) throws -> [String: String] {
    let folder = packageRoot.appendingPathComponent(relativePath)
    var result: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix("." + ext) {
        result[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return result
}

/// `../shared` beside the package, when this checkout has it (a user's clone does not).
func sharedFolder(_ relativePath: String) -> URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relativePath)
    guard FileManager.default.fileExists(atPath: url.path) else {
        print("skipping: ../shared/\(relativePath) not found")
        return nil
    }
    return url
}

/// A unified diff of two texts, for failure messages.
func unifiedDiff(_ old: String, _ new: String, oldName: String, newName: String) -> String {
    TextDiff.unified(old, new, oldName: oldName, newName: newName)
}
