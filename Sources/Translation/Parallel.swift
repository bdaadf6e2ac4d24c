import Dispatch

extension Array {
    /// `map` on all cores: the elements are cut into runs that are transformed at the same time,
    /// each into its own slot, so the result is in order and does not depend on timing.
    func parallelMap<T>(runs: Int = 8, _ transform: (Element) -> T) -> [T] {
        guard count >= 64 else { return map(transform) }
        let runs = Swift.min(runs, count)
        let slots = UnsafeMutableBufferPointer<[T]>.allocate(capacity: runs)
        slots.initialize(repeating: [])
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let results = slots
        nonisolated(unsafe) let elements = self
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                let lower = run * elements.count / runs
                let upper = (run + 1) * elements.count / runs
                results[run] = elements[lower..<upper].map(transform)
            }
        }
        return slots.flatMap { $0 }
    }
}
