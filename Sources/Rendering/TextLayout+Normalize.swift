#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Translation

extension TextLayout {
    /// `\n` line endings; the layout markers applied (each level indents non-empty lines by 4
    /// spaces); trailing whitespace removed; runs of blank lines collapsed to one; no blank line
    /// right after `{` or before `}`; exactly one newline at the end.
    public static func normalize(_ text: String) -> String {
        // Works on UTF-8 bytes: every rule looks only at ASCII (spaces, tabs, braces, line breaks)
        // and at the markers, which are whole lines.
        var text = text
        return text.withUTF8 { bytes in normalize(bytes) }
    }

    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let markerIn = Array(indentIn.utf8)
        let markerOut = Array(indentOut.utf8)
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var depth = 0
        // Whether the last line written was blank, ended with `{`, or nothing has been written yet.
        var lastWasBlank = false
        var lastEndsWithBrace = false
        var wroteAny = false
        var start = 0
        while start <= bytes.count {
            var end = bytes.count
            if start < bytes.count, let base = bytes.baseAddress,
               let found = memchr(base + start, Int32(newline), bytes.count - start) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            while lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: " ") || bytes[lineEnd - 1] == UInt8(ascii: "\t") { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            start = end + 1
            if line.count == markerIn.count {
                if line.elementsEqual(markerIn) {
                    depth += 1
                    continue
                }
                if line.elementsEqual(markerOut) {
                    depth = max(0, depth - 1)
                    continue
                }
            }
            if line.isEmpty {
                // One blank line at most, never at the start or right after `{`.
                if wroteAny, !lastWasBlank, !lastEndsWithBrace {
                    output.append(newline)
                    lastWasBlank = true
                }
                continue
            }
            // No blank line right before `}`.
            if lastWasBlank, line.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "}") {
                output.removeLast()
                lastWasBlank = false
            }
            for _ in 0..<depth { output.append(contentsOf: "    ".utf8) }
            output.append(contentsOf: line)
            output.append(newline)
            lastWasBlank = false
            lastEndsWithBrace = line.last == UInt8(ascii: "{")
            wroteAny = true
        }
        if lastWasBlank { output.removeLast() }
        if output.isEmpty { output.append(newline) }
        return String(decoding: output, as: UTF8.self)
    }
}
