// The allocator's settings for a process that generates: glibc's `mallopt`, which Swift's Glibc
// module leaves out (the `CMalloc` system library declares it).

#if canImport(Glibc)
import CMalloc
#endif

/// How the C library allocates memory, for a process that runs the generator (the command-line
/// tool calls `shareHeaps()` once, first thing).
public enum ProcessMemory {
    /// Lets the memory one thread frees serve the allocations of the others, which lowers the
    /// peak by about 7 MiB for the Fireblocks API at no measurable cost in time. By default glibc
    /// gives threads heaps of their own, so the memory of the YAML tree, freed once the document is
    /// decoded, stayed in its thread's heap while the rendering threads took new pages; and it
    /// serves a large block from a heap once a block that size has been freed, where it stays
    /// after the text in it (a rendered file) is gone. Two heaps, not one: with one, the threads
    /// wait for each other's allocations (about 20% more time).
    public static func shareHeaps() {
        #if canImport(Glibc)
        _ = mallopt(M_ARENA_MAX, 2)
        _ = mallopt(M_MMAP_THRESHOLD, 128 << 10)
        #endif
    }
}
