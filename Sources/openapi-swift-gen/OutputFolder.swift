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
        let stale = changed(files)
        for file in stale {
            try Data(file.contents.utf8).write(to: url(of: file), options: .atomic)
        }
        return stale.map(\.name)
    }

    /// Names of the files whose contents on disk differ from `files` (or are missing).
    func staleFiles(_ files: [GeneratedFile]) -> [String] {
        changed(files).map(\.name)
    }

    private func changed(_ files: [GeneratedFile]) -> [GeneratedFile] {
        files.filter { (try? Data(contentsOf: url(of: $0))) != Data($0.contents.utf8) }
    }

    private func url(of file: GeneratedFile) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(file.name)
    }
}
