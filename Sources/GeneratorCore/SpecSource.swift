// An OpenAPI document read from disk, and its diagnostics formatted for printing: the path as the
// user gave it, the source line and a caret, for the document and for the files it refers to.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import OpenAPIModel

/// A spec file's bytes and the names its diagnostics are printed with.
struct SpecSource {
    /// The path as the user gave it (diagnostics print it so).
    var path: String
    /// The file's name without its folder (what generated file headers and the pipeline use).
    var displayName: String
    var bytes: [UInt8]

    /// Reads the document at `path`.
    static func read(_ path: String) throws(RunError) -> SpecSource {
        guard let bytes = FileBytes.contents(atPath: path) else {
            throw RunError(messages: [Diagnostic.error("cannot read '\(path)'", at: nil).description])
        }
        return SpecSource(path: path, displayName: URL(fileURLWithPath: path).lastPathComponent, bytes: bytes)
    }

    /// Reads the files `$ref`s point to, relative to the spec's folder, only inside `root` (never
    /// fetched from a URL: remote references are rejected before a path gets here).
    func reader(root: ReferenceRoot) -> SpecFileReader {
        root.reader(relativeTo: Self.folder(of: path))
    }

    /// The diagnostics as printed: located in the spec with the path the user gave, or in another
    /// file by its path relative to the spec's folder, each with its source line and a caret.
    func messages(_ diagnostics: [Diagnostic]) -> [String] {
        guard !diagnostics.isEmpty else { return [] }
        let lines = SourceLines(bytes: bytes)
        var otherFiles: [String: SourceLines?] = [:]
        return diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            guard let file = diagnostic.location?.file else { return diagnostic.rendered(source: SourceLines?.none) }
            if file == displayName {
                diagnostic.location?.file = path
                return diagnostic.rendered(source: lines)
            }
            let other = Self.folder(of: path) + file
            if otherFiles[other] == nil {
                otherFiles[other] = FileBytes.contents(atPath: other).map { SourceLines(bytes: $0) }
            }
            diagnostic.location?.file = other.hasPrefix("./") ? String(other.dropFirst(2)) : other
            return diagnostic.rendered(source: otherFiles[other] ?? nil)
        }
    }

    /// The folder of a file with a trailing `/` (`./` for a file in the working directory).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "./" }
        return String(path[...slash])
    }
}
