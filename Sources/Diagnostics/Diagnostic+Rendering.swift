#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Diagnostic {
    /// The diagnostic followed by the source line it points at and a caret under the column,
    /// the way compilers print errors:
    ///
    ///     swagger.yaml:12:7: error: unresolved reference '#/components/schemas/Foo'
    ///           $ref: '#/components/schemas/Foo'
    ///           ^
    ///
    /// - Parameter source: the lines of the file the location refers to, if available.
    ///
    /// A line longer than `Self.sourceWidth` columns is shown as the part around the column, with
    /// `…` where it is cut, so a minified document's one line does not flood the terminal.
    public func rendered(source: SourceLines?) -> String {
        guard let location, let source, let line = source.line(location.line) else { return description }
        var scalars = Array(line.unicodeScalars.map { $0 == "\t" ? " " : $0 })
        var caretColumn = max(1, min(location.column, scalars.count + 1))
        if scalars.count > Self.sourceWidth {
            let start = max(0, min(caretColumn - 1 - Self.sourceWidth / 2, scalars.count - Self.sourceWidth))
            let end = min(scalars.count, start + Self.sourceWidth)
            var window = Array(scalars[start..<end])
            if start > 0 {
                window.insert("…", at: 0)
                caretColumn += 1
            }
            if end < scalars.count { window.append("…") }
            caretColumn -= start
            scalars = window
        }
        var printable = ""
        printable.unicodeScalars.append(contentsOf: scalars)
        let caret = String(repeating: " ", count: caretColumn - 1) + "^"
        return "\(description)\n\(printable)\n\(caret)"
    }

    /// The most columns of a source line shown under a diagnostic.
    public static let sourceWidth = 120

    /// `rendered(source:)` for a whole file's text (splits it into lines first; when printing many
    /// diagnostics of one file, build `SourceLines` once instead).
    public func rendered(source: String?) -> String {
        rendered(source: source.map(SourceLines.init))
    }
}

/// A file's text split into lines once, so printing many diagnostics does not rescan it.
public struct SourceLines: Sendable {
    private let bytes: [UInt8]
    /// Where each line starts, as UTF-8 offsets.
    private let starts: [Int]

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The lines of a file's bytes (UTF-8); only the lines asked for are decoded.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.starts = bytes.withUnsafeBufferPointer { buffer in
            var starts = [0]
            guard let base = buffer.baseAddress else { return starts }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                starts.append(index + 1)
                offset = index + 1
            }
            return starts
        }
    }

    /// The 1-based line without its line terminator, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let lower = starts[number - 1]
        var upper = number < starts.count ? starts[number] - 1 : bytes.count
        if upper > lower, bytes[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
        return Substring(String(decoding: bytes[lower..<upper], as: UTF8.self))
    }
}
