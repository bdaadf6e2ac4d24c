#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import GeneratorCore

/// The folder generated files go to. Only files whose bytes differ are written, so builds do not
/// recompile unchanged files. A run changes the folder all at once or not at all
/// (`FolderTransaction`): each file is renamed into place atomically, and a failure part way undoes
/// what was done, so a failing run leaves every file as it was. One run at a time writes a folder
/// (`FolderLock`); another waits for it.
///
/// A manifest (`.openapi-swift-gen-files`, hidden, so SwiftPM ignores it) lists the files the last
/// run generated. A file it lists that this run no longer produces (after `--layout` changes, say)
/// is deleted; a file it does not list is never touched, so hand-written files can share the folder.
///
/// Beside it, `.openapi-swift-gen-surface.json` lists what the generated client declares: when the
/// spec changes, `check` compares it with the new client's to say what the change does to callers.
struct OutputFolder {
    var path: String
    /// Whether the folder keeps a manifest (not for `templates export`, whose files are the user's).
    var keepsManifest = true
    /// The surface file's contents to write with the files, if any.
    var surface: String? = nil

    static let manifestName = ".openapi-swift-gen-files"
    static let surfaceName = ".openapi-swift-gen-surface.json"

    /// The surface the folder's code was generated with, when the folder has a readable one.
    var committedSurface: Surface? {
        FileBytes.contents(atPath: url(of: Self.surfaceName).path).flatMap(Surface.init(json:))
    }

    /// Why nothing in the folder was changed.
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes the files that changed and deletes the ones an earlier run generated that are no
    /// longer produced, all together or not at all; returns the names written and the names deleted.
    ///
    /// - Parameter waiting: called when another run holds the folder, before waiting for it.
    @discardableResult
    func write(_ files: [GeneratedFile], waiting: () -> Void = {}) throws(WriteError) -> (written: [String], deleted: [String]) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(path): error: cannot create the output folder")
        }
        let lock = FolderLock(path, waiting: waiting)
        defer { lock?.unlock() }
        let stale = changed(files)
        var transaction = FolderTransaction(folder: path)
        transaction.replacements = stale.map { ($0.name, $0.contents) }
        if keepsManifest {
            transaction.deletions = leftovers(files)
            let manifest = Self.manifest(files)
            if !hasContents(Self.manifestName, manifest) {
                transaction.replacements.append((Self.manifestName, manifest))
            }
            if let surface, !hasContents(Self.surfaceName, surface) {
                transaction.replacements.append((Self.surfaceName, surface))
            }
        }
        do {
            try transaction.commit()
        } catch {
            throw WriteError(description: "\(error.path): error: \(error.reason); no file in \(path) was changed")
        }
        return (stale.map(\.name), transaction.deletions)
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
        files.filter { !hasContents($0.name, $0.contents) }
    }

    /// Whether the folder has a file of this name with exactly these contents.
    private func hasContents(_ name: String, _ contents: String) -> Bool {
        guard let existing = FileBytes.contents(atPath: url(of: name).path) else { return false }
        return SystemFiles.sameBytes(existing, contents)
    }

    private func url(of name: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(name)
    }
}

extension OutputFolder {
    /// `write`, saying so when another run holds the folder; a failure is printed and the tool
    /// exits with status 1.
    func writeReporting(_ files: [GeneratedFile]) throws -> (written: [String], deleted: [String]) {
        do {
            return try write(files) { Console.print("waiting for another openapi-swift-gen run to finish writing \(path)") }
        } catch {
            Console.print(error.description)
            throw ExitCode(1)
        }
    }
}
