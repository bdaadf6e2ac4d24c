/// The escaping authority: every string from the spec that reaches generated code goes through one
/// of these, chosen by where it lands. A spec is untrusted input; none of its text may end a comment,
/// close a string literal, or hide code from a reviewer (bidirectional controls).
public enum SwiftEscaping {
    /// Lines of a `///` documentation comment for free text (descriptions, summaries).
    ///
    /// Every line terminator Swift or an editor honours splits a line; control characters and
    /// bidirectional overrides are dropped; trailing spaces are trimmed; leading and trailing empty
    /// lines are removed, and runs of empty lines collapse to one. Returns full lines (`/// text`, or
    /// `///` for an empty one).
    public static func docComment(_ text: String) -> [String] {
        var result: [String] = []
        // Printable ASCII and `\n` only (most descriptions): lines are cut at bytes, nothing to drop.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\n") }) {
            for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                var line = line
                while line.last == UInt8(ascii: " ") { line = line.dropLast() }
                if line.isEmpty {
                    if let last = result.last, last != "///" { result.append("///") }
                } else {
                    result.append("/// " + String(Substring(line)))
                }
            }
            while result.last == "///" { result.removeLast() }
            return result
        }
        // The line so far, as UTF-8.
        var current: [UInt8] = []
        var lastWasCR = false
        func endLine() {
            // Trailing spaces go; an empty line becomes `///`, never two in a row.
            while current.last == UInt8(ascii: " ") { current.removeLast() }
            if current.isEmpty {
                if let last = result.last, last != "///" { result.append("///") }
            } else {
                result.append("/// " + String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        // Byte by byte: ASCII is handled directly, and a longer UTF-8 sequence is decoded only to
        // check it against the line breaks and hidden characters, then copied as it is.
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let scalar: UInt32
            switch length {
            case 1: scalar = UInt32(byte)
            case 2: scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            case 3: scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            default: scalar = UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            }
            let sequence = index..<(index + length)
            index += length
            if scalar == 0x0A && lastWasCR {
                lastWasCR = false
                continue
            }
            lastWasCR = scalar == 0x0D
            if isLineBreak(scalar) {
                endLine()
            } else if scalar == 0x09 {
                current.append(UInt8(ascii: " "))
            } else if !isHidden(scalar) {
                current.append(contentsOf: bytes[sequence])
            }
        }
        endLine()
        while result.last == "///" { result.removeLast() }
        return result
    }

    /// Inline code in a doc comment (`` `value` ``), for examples and literal values. Picks a run of
    /// backticks longer than any inside the value.
    public static func docCode(_ text: String) -> String {
        let flat = docLine(text)
        var longestRun = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Spec text placed between the backticks of inline code that a doc line spells itself
    /// (`` `GET /pets/{id}` ``): one line like `docLine`, with backticks turned into `'` so the text
    /// cannot close the code span.
    public static func docCodeText(_ text: String) -> String {
        docLine(text).replacingAll("`", with: "'")
    }

    /// Free text as one line of doc comment text (without `///`): cleaned like `docComment`, the
    /// lines joined by spaces.
    public static func docLine(_ text: String) -> String {
        docComment(text).map { $0 == "///" ? "" : String($0.dropFirst(4)) }.joined(separator: " ")
    }

    /// A Swift string literal, quotes included, that evaluates to exactly `text`.
    public static func stringLiteral(_ text: String) -> String {
        // Printable ASCII without a backslash or a double quote (most names, keys and values) is
        // its own literal.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return "\"" + text + "\""
        }
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "\0": literal += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isLineBreak(scalar) || isHidden(scalar) {
                    literal += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }

    /// A raw string literal (`#"…"#`) that evaluates to exactly `text`: enough `#`s that neither a
    /// quote nor a backslash in the text ends the literal or starts an escape, and line breaks,
    /// controls and bidirectional characters written as `\#u{…}` escapes so they cannot break the
    /// line or reorder what a reviewer sees.
    public static func rawStringLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        var body = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || isLineBreak(scalar) || isHidden(scalar) {
                body += "\\" + hashes + "u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                body.unicodeScalars.append(scalar)
            }
        }
        return hashes + "\"" + body + "\"" + hashes
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        isLineBreak(scalar.value)
    }

    private static func isLineBreak(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Characters that change how text is displayed without being visible: controls and
    /// bidirectional embeddings, overrides and isolates.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        isHidden(scalar.value)
    }

    private static func isHidden(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        case 0xE000, 0xE001: return true  // the renderer's layout markers
        default: return false
        }
    }
}
