// Reading a file into bytes with one system call in the usual case: the spec, the files its `$ref`s
// point to, the configuration file and templates are all read this way (the core reads; it never
// writes).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files as bytes, without Foundation's `Data` in between.
public enum FileBytes {
    /// A file's bytes, read straight into the array; `nil` when it cannot be read (missing, a
    /// folder, no permission).
    public static func contents(atPath path: String) -> [UInt8]? {
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
}
