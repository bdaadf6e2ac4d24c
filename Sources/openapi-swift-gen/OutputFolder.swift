import Foundation
import Rendering

/// The folder generated files go to. Only files whose bytes differ are written, each atomically
/// (a temporary file renamed over the old one), so builds do not recompile unchanged files and an
/// interrupted run never leaves a half-written file.
struct OutputFolder {
    var path: String

    /// Writes the files that changed; returns their names.
    func write(_ files: [GeneratedFile]) throws -> [String] {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var written: [String] = []
        for name in staleFiles(files) {
            guard let file = files.first(where: { $0.name == name }) else { continue }
            let url = URL(fileURLWithPath: path).appendingPathComponent(file.name)
            try Data(file.contents.utf8).write(to: url, options: .atomic)
            written.append(file.name)
        }
        return written
    }

    /// Names of the files whose contents on disk differ from `files` (or are missing).
    func staleFiles(_ files: [GeneratedFile]) -> [String] {
        files.filter { file in
            let url = URL(fileURLWithPath: path).appendingPathComponent(file.name)
            return (try? Data(contentsOf: url)) != Data(file.contents.utf8)
        }.map(\.name)
    }
}
