#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Diagnostics
import OpenAPIModel
import Testing
import YAML

/// The package root (two levels above this file's folder).
let packageRoot: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()

/// What decoding some YAML gave: the document or the thrown diagnostics, plus the warnings.
struct Outcome {
    var document: Document?
    var errors: [Diagnostic]
    var warnings: [Diagnostic]

    var errorLines: [String] { errors.map(\.description) }
    var warningLines: [String] { warnings.map(\.description) }
}

/// Parses and decodes YAML text as the file `file`; `strict` refuses the flaws that are otherwise
/// warnings.
func decode(_ text: String, file: String = "t.yaml", strict: Bool = false) -> Outcome {
    decode(bytes: Array(text.utf8), file: file, strict: strict)
}

func decode(bytes: [UInt8], file: String, reader: SpecFileReader? = nil, strict: Bool = false) -> Outcome {
    var collector = DiagnosticCollector()
    do {
        let document = try Document.load(bytes: bytes, file: file, reader: reader, strict: strict, diagnostics: &collector)
        return Outcome(document: document, errors: [], warnings: collector.diagnostics)
    } catch {
        return Outcome(document: nil, errors: error.diagnostics, warnings: collector.diagnostics)
    }
}

/// Decodes text that must be valid; records an issue (with the errors) otherwise.
func document(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    let outcome = decode(text)
    #expect(outcome.errors.isEmpty, "\(outcome.errorLines)", sourceLocation: sourceLocation)
    return try #require(outcome.document, sourceLocation: sourceLocation)
}

/// The error lines decoding `text` produces.
func errors(_ text: String, strict: Bool = false) -> [String] {
    decode(text, strict: strict).errorLines
}

/// The warning lines decoding `text` produces.
func warnings(_ text: String) -> [String] {
    decode(text).warningLines
}

/// A 3.0 document with the given `paths:` and `components:` bodies appended (already indented).
func spec(version: String = "3.0.3", _ rest: String) -> String {
    """
    openapi: \(version)
    info:
      title: T
      version: 1.0.0

    """ + rest
}

/// Reads a file as bytes.
func readBytes(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
}

/// The entries of a directory (names only), sorted.
func listDirectory(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

/// Reads the files `$ref`s point to from a folder on disk.
func folderReader(_ folder: String) -> SpecFileReader {
    { path in
        guard let bytes = readBytes(folder + "/" + path) else { throw ReadError(path: path) }
        return bytes
    }
}

/// Reads the files `$ref`s point to from memory, by normalised path.
func memoryReader(_ files: [String: String]) -> SpecFileReader {
    { path in
        guard let text = files[path] else { throw ReadError(path: path) }
        return Array(text.utf8)
    }
}

struct ReadError: Error {
    var path: String
}
