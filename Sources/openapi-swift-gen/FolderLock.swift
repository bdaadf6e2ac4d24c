// One run at a time in an output folder: two runs writing the same folder at once (a build plugin
// and a command in a terminal, two schemes building in parallel) would otherwise mix their files.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a folder (`flock` on the folder itself, so no lock file is left in it),
/// released when the process ends or `unlock` is called.
struct FolderLock {
    private let descriptor: Int32

    /// Locks `folder`, waiting for another process that holds it; `waiting` is called once before
    /// waiting. `nil` when the folder cannot be opened (the write then reports why).
    init?(_ folder: String, waiting: () -> Void) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    func unlock() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
