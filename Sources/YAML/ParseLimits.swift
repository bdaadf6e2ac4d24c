/// Limits that keep hostile documents from exhausting memory or time.
public struct ParseLimits: Sendable {
    /// Most nodes the tree may hold after aliases are expanded (an alias bomb stops here).
    public var maxNodes: Int = 5_000_000
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int = 512
    /// Largest document accepted, in bytes.
    public var maxBytes: Int = 256 * 1024 * 1024

    public init() {}
}
