import Foundation
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

/// A unified diff (`---`/`+++`, `@@` hunks with 3 lines of context) of two texts, for failure messages.
func unifiedDiff(_ old: String, _ new: String, oldName: String, newName: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Longest common subsequence table, from the end.
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    enum Line { case same(String), removed(String), added(String) }
    var lines: [Line] = []
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            lines.append(.same(a[i])); i += 1; j += 1
        } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
            lines.append(.removed(a[i])); i += 1
        } else {
            lines.append(.added(b[j])); j += 1
        }
    }
    var output = ["--- \(oldName)", "+++ \(newName)"]
    var index = 0
    var oldLine = 1, newLine = 1
    while index < lines.count {
        guard case .same = lines[index] else {
            // A hunk: up to 3 lines of context before, the changes, 3 after.
            let start = max(0, index - 3)
            var end = index
            var quiet = 0
            while end < lines.count, quiet < 7 {
                if case .same = lines[end] { quiet += 1 } else { quiet = 0 }
                end += 1
            }
            end = min(lines.count, end - max(0, quiet - 3))
            let before = index - start
            var body: [String] = []
            var oldCount = 0, newCount = 0
            for line in lines[start..<end] {
                switch line {
                case .same(let text): body.append(" " + text); oldCount += 1; newCount += 1
                case .removed(let text): body.append("-" + text); oldCount += 1
                case .added(let text): body.append("+" + text); newCount += 1
                }
            }
            output.append("@@ -\(oldLine - before),\(oldCount) +\(newLine - before),\(newCount) @@")
            output += body
            for line in lines[index..<end] {
                switch line {
                case .same: oldLine += 1; newLine += 1
                case .removed: oldLine += 1
                case .added: newLine += 1
                }
            }
            index = end
            continue
        }
        oldLine += 1; newLine += 1; index += 1
    }
    return output.joined(separator: "\n")
}
