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

    /// Lays the text out twice, counting then writing, so that the result is written straight into
    /// a string of its exact size: a byte buffer turned into a string afterwards held the largest
    /// file three times over (raw, buffer, string) at the peak of a run.
    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var counter = ByteCounter()
        layOut(bytes, into: &counter)
        return String(unsafeUninitializedCapacity: counter.most) { buffer in
            var writer = ByteWriter(buffer: buffer)
            layOut(bytes, into: &writer)
            return writer.count
        }
    }

    private static func layOut(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout some ByteSink) {
        let markerIn = Array(indentIn.utf8)
        let markerOut = Array(indentOut.utf8)
        let newline = UInt8(ascii: "\n")
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
            for _ in 0..<depth { output.append(indentation) }
            output.append(line)
            output.append(newline)
            lastWasBlank = false
            lastEndsWithBrace = line.last == UInt8(ascii: "{")
            wroteAny = true
        }
        if lastWasBlank { output.removeLast() }
        if output.count == 0 { output.append(newline) }
    }

    private static let indentation: StaticString = "    "
}

/// Where `layOut` puts the text: a count of its bytes, or the bytes themselves.
private protocol ByteSink {
    var count: Int { get }
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func removeLast()
}

extension ByteSink {
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }
}

private struct ByteCounter: ByteSink {
    var count = 0
    /// The largest `count` reached: a blank line is written, then taken back when it turns out to
    /// be the last or to come before a `}`, so the text is at times one byte longer than at the end.
    var most = 0

    mutating func append(_ byte: UInt8) {
        count += 1
        most = max(most, count)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        count += bytes.count
        most = max(most, count)
    }

    mutating func removeLast() { count -= 1 }
}

/// Writes into a buffer of `ByteCounter.most` bytes.
private struct ByteWriter: ByteSink {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (buffer.baseAddress! + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func removeLast() { count -= 1 }
}
