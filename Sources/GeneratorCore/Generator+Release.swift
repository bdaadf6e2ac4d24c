// Freeing the large intermediate values of a run (the YAML tree, the document, the contexts) off
// the critical path: on another thread, or never for a process that exits right after the run.

import Basics

/// A value that is deliberately never freed.
final class KeptAlive<T> {
    let value: T
    init(_ value: T) { self.value = value }
}

extension Generator {
    /// Hands the last reference to a large value (the YAML tree, the document, the contexts) to
    /// another thread, so freeing its many small allocations does not hold up the caller. Freeing a
    /// tree is recursive, so that thread has the large stack too.
    static func releaseInBackground(_ value: some Sendable) {
        LargeStack.detach {
            withExtendedLifetime(value) {}
        }
    }

    /// Frees a large value the way `config` asks: on another thread, or never (see
    /// `GeneratorConfig.keepsIntermediates`).
    static func release(_ value: some Sendable, _ config: GeneratorConfig) {
        if config.keepsIntermediates {
            _ = Unmanaged.passRetained(KeptAlive(value))
        } else {
            releaseInBackground(value)
        }
    }
}
