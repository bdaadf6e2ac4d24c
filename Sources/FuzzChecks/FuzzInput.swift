// A fuzz input that holds several files, so that references between files are exercised with a
// single byte string.

import Diagnostics
import OpenAPIModel

/// The root document and the other files of one input. A line `#%file NAME` (a YAML comment)
/// ends the previous file and starts the file `NAME`; the bytes before the first such line are the
/// root document. A name given twice keeps its first file.
struct FuzzInput: Sendable {
    var root: [UInt8]
    var files: [String: [UInt8]] = [:]

    static let marker = Array("#%file ".utf8)

    init(root: [UInt8]) {
        self.root = root
    }

    init(_ bytes: [UInt8]) {
        var chunks: [(name: String?, bytes: ArraySlice<UInt8>)] = []
        var name: String?
        var start = 0
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if bytes[lineStart..<lineEnd].starts(with: Self.marker) {
                chunks.append((name, bytes[start..<lineStart]))
                name = String(decoding: bytes[(lineStart + Self.marker.count)..<lineEnd], as: UTF8.self)
                start = min(lineEnd + 1, bytes.count)
            }
            lineStart = lineEnd + 1
        }
        chunks.append((name, bytes[start...]))
        root = Array(chunks[0].bytes)
        for chunk in chunks.dropFirst() {
            guard let name = chunk.name, files[name] == nil else { continue }
            files[name] = Array(chunk.bytes)
        }
    }

    /// Serves the input's files; any other path is missing.
    var reader: SpecFileReader {
        let files = files
        return { path in
            guard let bytes = files[path] else { throw MissingFile() }
            return bytes
        }
    }

    struct MissingFile: Error {}

    /// The diagnostic with its source line, as the command-line tool prints it.
    func rendered(_ diagnostic: Diagnostic) -> String {
        guard let file = diagnostic.location?.file else { return diagnostic.rendered(source: SourceLines?.none) }
        let bytes = file == FuzzChecks.rootFile ? root : files[file]
        return diagnostic.rendered(source: bytes.map { SourceLines(bytes: $0) })
    }
}
