// The folder a spec's `$ref`s may read files in. A spec is untrusted: without a root,
// `../../etc/passwd#/x` would be opened and `../secrets.yaml#/Token` copied into generated source.
// Both the root and every target are resolved the way `realpath` does (`..` and symlinks), before
// anything is opened, so a symlink inside the root that points outside counts as outside.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OpenAPIModel

/// The folder the files a spec's `$ref`s point to must lie in.
public struct ReferenceRoot: Sendable {
    /// The folder as the user gave it (messages name it so): `api`, or `.` for the working directory.
    public var path: String
    /// The folder, resolved; `nil` when it cannot be (then nothing is inside it).
    let resolved: String?

    public init(path: String) {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.path = path.isEmpty ? "." : path
        resolved = Self.resolve(self.path)
    }

    /// Whether `file` (a path as `open` takes it) is the root or lies in it, once resolved.
    public func contains(_ file: String) -> Bool {
        confined(file) != nil
    }

    /// `file` resolved, when it is the root or lies in it.
    private func confined(_ file: String) -> String? {
        guard let resolved, let target = Self.resolve(file) else { return nil }
        return target == resolved || target.hasPrefix(resolved == "/" ? "/" : resolved + "/") ? target : nil
    }

    /// Reads files by path relative to `folder` (a folder with a trailing `/`), refusing — without
    /// opening them — those outside the root. What is opened is the resolved path that was checked,
    /// not the path as written, so a symlink put in its place after the check is not followed.
    func reader(relativeTo folder: String) -> SpecFileReader {
        let root = self
        return { path in
            guard let target = root.confined(folder + path) else { throw SpecFileRefusal(reason: root.refusal) }
            guard let bytes = FileBytes.contents(atPath: target) else { throw UnreadableFile() }
            return bytes
        }
    }

    private struct UnreadableFile: Error {}

    /// Why a file outside the root is not read, naming the root and the flag that widens it.
    var refusal: String {
        let flag = ConfigFile.keys.first { $0.name == "refRoot" }?.flagName ?? "--ref-root"
        return "it is outside the reference root '\(path)' (widen it with \(flag))"
    }

    /// The absolute path with `..`, `.` and symlinks resolved. A path that does not exist resolves
    /// its longest existing ancestor and keeps the rest as written (it cannot hold symlinks);
    /// `nil` when the rest would need `..` or `.` to be read as written.
    static func resolve(_ path: String) -> String? {
        if let real = realPath(path) { return real }
        guard let slash = path.lastIndex(of: "/") else {
            return path == ".." || path == "." ? nil : realPath(".").map { join($0, path) }
        }
        let name = String(path[path.index(after: slash)...])
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        guard name != "..", name != "." else { return nil }
        if name.isEmpty { return resolve(parent) }
        return resolve(parent).map { join($0, name) }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
