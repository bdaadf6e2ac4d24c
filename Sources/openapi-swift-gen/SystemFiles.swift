// The few calls the tool makes to the operating system directly: comparing bytes, writing to
// standard error (the core reads files: `FileBytes`).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes compared with a text without decoding them (whether a file must be written again).
enum SystemFiles {
    /// Whether `bytes` are exactly the UTF-8 of `text`.
    static func sameBytes(_ bytes: [UInt8], _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard utf8.count > 0 else { return true }
            return bytes.withUnsafeBytes { memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) == 0 }
        }
    }
}

/// Everything the tool says (diagnostics and the summary line) goes to standard error.
enum Console {
    /// Prints a message, spec text in it made harmless for a terminal.
    static func print(_ message: String) {
        var bytes = Array((inert(message) + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                write(2, buffer.baseAddress! + written, buffer.count - written)
            }
            guard result > 0 else { return }
            written += result
        }
    }
}

extension Console {
    /// The text with every character that a terminal would act on or that reorders what it shows
    /// (controls other than line feed and tab, ESC sequences among them; C1 controls; bidirectional
    /// marks, embeddings, overrides and isolates; line and paragraph separators) replaced by U+FFFD,
    /// one column wide like most of what it replaces, so a caret under a source line stays in place.
    /// Diagnostics quote spec text, which is untrusted.
    static func inert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isActive) else { return text }
        var result = ""
        result.unicodeScalars.append(contentsOf: text.unicodeScalars.map { isActive($0) ? "\u{FFFD}" : $0 })
        return result
    }

    private static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
