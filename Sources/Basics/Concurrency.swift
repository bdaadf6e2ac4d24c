// Basics: the few helpers every stage shares, with no Foundation and nothing of ours below them:
// parallel work with results in order, byte-wise text operations, "did you mean" suggestions.
//
// Work spread over all cores with results that do not depend on timing: every call writes its own
// slot, and the slots are read in order once all calls are done. The work runs on threads of our
// own with a large stack (see `LargeStack`), so that a deeply nested spec, which the stages walk
// recursively, fails on a limit with a message rather than on a thread's stack.

/// Calls `body` for every index in `0..<count`, on all cores, and returns the results in index
/// order whichever call finishes first.
public func concurrentResults<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    guard count > 1 else { return LargeStack.run { (0..<count).map(body) } }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
        _ = slots.deinitialize()
        slots.deallocate()
    }
    // Each call writes only its own slot, and all of them are done before the slots are read.
    nonisolated(unsafe) let results = slots
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let body = body
        let next = WorkCounter(count)
        LargeStack.runOnEach(min(count, LargeStack.processorCount)) {
            while let index = next.take() {
                results[index] = body(index)
            }
        }
    }
    return slots.map { $0! }
}

extension Array {
    /// `map` on all cores: the elements are cut into at most `runs` runs transformed at the same
    /// time; the result is in order. Short arrays are mapped on the calling thread.
    public func parallelMap<T>(runs: Int = 8, _ transform: (Element) -> T) -> [T] {
        guard count >= 64 else { return map(transform) }
        let runs = Swift.min(runs, count)
        nonisolated(unsafe) let elements = self
        return withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            return concurrentResults(runs) { run in
                elements[(run * elements.count / runs)..<((run + 1) * elements.count / runs)].map(transform)
            }.flatMap { $0 }
        }
    }
}

/// Hands out the indices `0..<count` one at a time to whichever thread asks first.
private final class WorkCounter: @unchecked Sendable {
    private let count: Int
    private var next = 0
    private let lock = Lock()

    init(_ count: Int) {
        self.count = count
    }

    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
