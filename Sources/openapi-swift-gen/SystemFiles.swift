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
    static func print(_ message: String) {
        var bytes = Array((message + "\n").utf8)
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
