// Replacing and deleting files of one folder all together or not at all. A run that fails part way
// (a read-only file, a folder where a file should go, a full disk) must leave the folder as it was:
// a half-updated target would compile old and new declarations together, and a reviewer would see
// a diff that is neither version.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The changes of one run to one folder. Every new text is first written beside its file under a
/// hidden name; every file about to be replaced or deleted gets a hidden second name (a hard link,
/// so it never stops existing); then the new files are renamed over the old ones, each rename
/// atomic. Should one step fail, what was done is undone from the second names. Hidden files a
/// killed run left behind are removed by the next one.
struct FolderTransaction {
    var folder: String
    /// File name → new contents (written as they are stored, UTF-8, with no copy as bytes).
    var replacements: [(name: String, contents: String)] = []
    var deletions: [String] = []

    /// Why the folder was left as it was.
    struct Failure: Error {
        /// The file the failure is about.
        var path: String
        var reason: String
    }

    /// The start of every hidden name the transaction uses.
    static let hiddenPrefix = ".openapi-swift-gen-"

    private var pid: String { String(getpid()) }
    private func path(_ name: String) -> String { folder + "/" + name }
    private func staged(_ name: String) -> String { path(Self.hiddenPrefix + "new-\(pid)-" + name) }
    private func backup(_ name: String) -> String { path(Self.hiddenPrefix + "old-\(pid)-" + name) }

    /// Makes every change, or none.
    func commit() throws(Failure) {
        removeLeftovers()
        try check()
        var stagedNames: [String] = []
        var backedUp: [String] = []
        var renamed: [String] = []
        var deleted: [String] = []
        func undo() {
            for name in deleted { rename(backup(name), path(name)) }
            for name in renamed {
                if backedUp.contains(name) { rename(backup(name), path(name)) } else { unlink(path(name)) }
            }
            for name in stagedNames where !renamed.contains(name) { unlink(staged(name)) }
            for name in backedUp where !renamed.contains(name) && !deleted.contains(name) { unlink(backup(name)) }
        }
        do throws(Failure) {
            for (name, contents) in replacements {
                try writeFile(contents, to: staged(name), for: name)
                stagedNames.append(name)
            }
            for name in replacements.map(\.name) + deletions where exists(path(name)) {
                guard link(path(name), backup(name)) == 0 else { throw failure(name, "cannot keep a copy of it") }
                backedUp.append(name)
            }
            for (name, _) in replacements {
                guard rename(staged(name), path(name)) == 0 else { throw failure(name, "cannot replace it") }
                renamed.append(name)
            }
            for name in deletions {
                guard unlink(path(name)) == 0 else { throw failure(name, "cannot delete it") }
                deleted.append(name)
            }
        } catch {
            undo()
            throw error
        }
        for name in backedUp { unlink(backup(name)) }
    }

    /// Refuses, before anything changes, a file that is not a plain file or that its owner made
    /// read-only (which is how some version control systems mark files not checked out).
    private func check() throws(Failure) {
        for name in replacements.map(\.name) + deletions {
            var status = stat()
            guard lstat(path(name), &status) == 0 else { continue }
            guard status.st_mode & S_IFMT == S_IFREG else { throw Failure(path: path(name), reason: "it is not a regular file") }
            guard status.st_mode & 0o222 != 0 else { throw Failure(path: path(name), reason: "it is read-only") }
        }
    }

    private func writeFile(_ contents: String, to temporary: String, for name: String) throws(Failure) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(name, "cannot create a file beside it") }
        defer { close(descriptor) }
        var contents = contents
        let complete = contents.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        guard complete else {
            unlink(temporary)
            throw failure(name, "cannot write it")
        }
    }

    /// Hidden files of an earlier run of this transaction that was killed part way.
    private func removeLeftovers() {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(Self.hiddenPrefix + "new-") || name.hasPrefix(Self.hiddenPrefix + "old-") { unlink(path(name)) }
        }
    }

    private func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// A failure about `name`, with the system's reason.
    private func failure(_ name: String, _ what: String) -> Failure {
        Failure(path: path(name), reason: what + " (" + String(cString: strerror(errno)) + ")")
    }
}
