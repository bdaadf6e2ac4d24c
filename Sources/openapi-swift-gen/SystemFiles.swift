// The few calls the tool makes to the operating system directly: reading a file into bytes,
// comparing bytes, writing to standard error.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files as bytes, without Foundation's `Data` in between.
enum SystemFiles {
    /// A file's bytes, read straight into the array; `nil` when it cannot be read (missing, a
    /// folder, no permission).
    static func bytes(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One byte more than the size, so the read that reaches the end is usually the only one.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(status.st_size)) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: 64 * 1024) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

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

    /// `12.3 ms`, right-aligned in 8 columns before the unit.
    static func milliseconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10_000).rounded())
        let number = "\(tenths / 10).\(tenths % 10)"
        return String(repeating: " ", count: max(0, 8 - number.count)) + number + " ms"
    }
}
