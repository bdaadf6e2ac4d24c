#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GeneratorCore

/// The folder generated files go to. Only files whose bytes differ are written, each atomically
/// (a temporary file renamed over the old one), so builds do not recompile unchanged files and an
/// interrupted run never leaves a half-written file.
///
/// A manifest (`.openapi-swift-gen-files`, hidden, so SwiftPM ignores it) lists the files the last
/// run generated. A file it lists that this run no longer produces (after `--shards` changes, say)
/// is deleted; a file it does not list is never touched, so hand-written files can share the folder.
struct OutputFolder {
    var path: String
    /// Whether the folder keeps a manifest (not for `templates export`, whose files are the user's).
    var keepsManifest = true

    static let manifestName = ".openapi-swift-gen-files"

    /// Writes the files that changed and deletes the ones an earlier run generated that are no
    /// longer produced; returns the names written and the names deleted.
    @discardableResult
    func write(_ files: [GeneratedFile]) throws -> (written: [String], deleted: [String]) {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let stale = changed(files)
        for file in stale {
            try Data(file.contents.utf8).write(to: url(of: file.name), options: .atomic)
        }
        guard keepsManifest else { return (stale.map(\.name), []) }
        let deleted = leftovers(files)
        for name in deleted {
            try FileManager.default.removeItem(at: url(of: name))
        }
        let manifest = Self.manifest(files)
        if (try? Data(contentsOf: url(of: Self.manifestName))) != Data(manifest.utf8) {
            try Data(manifest.utf8).write(to: url(of: Self.manifestName), options: .atomic)
        }
        return (stale.map(\.name), deleted)
    }

    /// Names of the files whose contents on disk differ from `files` (or are missing).
    func staleFiles(_ files: [GeneratedFile]) -> [String] {
        changed(files).map(\.name)
    }

    /// Files an earlier run generated (by the manifest) that `files` no longer includes and that are
    /// still there.
    func leftovers(_ files: [GeneratedFile]) -> [String] {
        guard let data = try? Data(contentsOf: url(of: Self.manifestName)) else { return [] }
        let current = Set(files.map(\.name))
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.isEmpty && !$0.contains("/") && !current.contains($0) }
            .filter { FileManager.default.fileExists(atPath: url(of: $0).path) }
            .sorted()
    }

    private static func manifest(_ files: [GeneratedFile]) -> String {
        "# Files written by openapi-swift-gen; it deletes the ones it no longer generates.\n"
            + files.map(\.name).sorted().map { $0 + "\n" }.joined()
    }

    private func changed(_ files: [GeneratedFile]) -> [GeneratedFile] {
        files.filter { file in
            guard let existing = FileBytes.contents(atPath: url(of: file.name).path) else { return true }
            return !SystemFiles.sameBytes(existing, file.contents)
        }
    }

    private func url(of name: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(name)
    }
}
