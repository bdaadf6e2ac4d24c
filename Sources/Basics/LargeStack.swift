// Threads with a stack large enough for the deepest input the limits let through. The stages walk
// nested schemas and templates recursively, one level of the spec costing a few kilobytes of stack
// in a debug build; a spec nested as deep as `--max-nesting` allows must not overflow the 8 MiB or
// 512 KiB stacks that the system gives other threads. The stack is reserved address space: only
// the pages a thread touches take memory.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum LargeStack {
    /// The stack of each thread, in bytes.
    public static let size = 512 << 20

    /// The processors online, at least 1.
    public static let processorCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Runs `body` on a thread with the large stack and returns its result; the caller waits.
    public static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var result: Result<T, E>?
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            nonisolated(unsafe) var slot: Result<T, E>?
            runOnEach(1) {
                do throws(E) { slot = .success(try body()) } catch { slot = .failure(error) }
            }
            result = slot
        }
        return try result!.get()
    }

    /// Runs `body` once on each of `threads` new threads with the large stack, and returns when all
    /// of them are done.
    public static func runOnEach(_ threads: Int, _ body: () -> Void) {
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            let handles = (0..<threads).map { _ in start(Job(body)) }
            for handle in handles { join(handle) }
        }
    }

    /// Starts `body` on a thread with the large stack and returns at once.
    public static func detach(_ body: @escaping @Sendable () -> Void) {
        if let handle = start(Job(body)) { pthread_detach(handle) }
    }

    /// What a thread runs; the thread holds it until it is done.
    private final class Job {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts a thread running `job`; `nil` when the system has no thread to give, after running
    /// the job here on the caller's stack.
    private static func start(_ job: Job) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        #if canImport(Darwin)
        var handle: pthread_t?
        #else
        var handle = pthread_t()
        #endif
        let argument = Unmanaged.passRetained(job).toOpaque()
        let status = pthread_create(&handle, &attributes, { argument in
            #if canImport(Darwin)
            let job = Unmanaged<Job>.fromOpaque(argument).takeRetainedValue()
            #else
            let job = Unmanaged<Job>.fromOpaque(argument!).takeRetainedValue()
            #endif
            job.body()
            return nil
        }, argument)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(argument).takeRetainedValue().body()
            return nil
        }
        return handle
    }

    private static func join(_ handle: pthread_t?) {
        if let handle { pthread_join(handle, nil) }
    }
}

/// A mutual-exclusion lock (a `pthread_mutex_t` at a fixed address).
final class Lock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() {
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }
}
