import Diagnostics
import Dispatch

/// Batches handed from the reading thread to the building one, in order.
final class BatchQueue: @unchecked Sendable {
    private let lock = DispatchQueue(label: "openapi-swift-gen.yaml-batches")
    private let available = DispatchSemaphore(value: 0)
    /// At most this many batches wait to be built, so a fast reader does not hold the whole
    /// document's events at once.
    private static let depth = 8
    /// Room for more batches; `nil` when the reader runs alone, before the building starts.
    private let free: DispatchSemaphore?

    /// `bounded`: the reader waits while `depth` batches are waiting to be built.
    init(bounded: Bool) {
        guard bounded else {
            free = nil
            return
        }
        // Created at zero and raised: libdispatch traps when a semaphore is freed below its
        // initial value, which happens here whenever the builder stops early.
        let free = DispatchSemaphore(value: 0)
        for _ in 0..<Self.depth { free.signal() }
        self.free = free
    }
    private var batches: [EventBatch] = []
    private var taken = 0
    /// The index of the batch that ends the stream, once pushed.
    private var lastIndex: Int?
    /// Touched only by the taking thread.
    private var tookLast = false
    private var cancelled = false

    /// Adds a batch; `false` when the builder has stopped and reading should too.
    @discardableResult
    func push(_ batch: EventBatch, last: Bool) -> Bool {
        // Waits for room; a builder that has stopped taking batches has cancelled.
        while let free, free.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if lock.sync(execute: { cancelled }) { return false }
        }
        let keepGoing = lock.sync { () -> Bool in
            batches.append(batch)
            if last { lastIndex = batches.count - 1 }
            return !cancelled
        }
        available.signal()
        return keepGoing
    }

    /// Ends the stream with only an error.
    func finish(with failure: Diagnostic) {
        var batch = EventBatch()
        batch.failure = failure
        push(batch, last: true)
    }

    /// The next batch, waiting for it; `nil` after the batch that ends the stream.
    func next() -> EventBatch? {
        guard !tookLast else { return nil }
        available.wait()
        return lock.sync { () -> EventBatch in
            var batch = EventBatch()
            swap(&batch, &batches[taken])
            tookLast = taken == lastIndex
            taken += 1
            free?.signal()
            return batch
        }
    }

    func cancel() {
        lock.sync { cancelled = true }
    }
}
