import Diagnostics

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

/// Parses YAML 1.1 (and JSON) text with libyaml into a `Node` tree.
public enum YAMLParser {
    /// Parses exactly one document.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8, with or without a BOM).
    ///   - file: the name used in diagnostics.
    /// - Throws: `DiagnosticError` with located errors: syntax errors (libyaml's problem in words),
    ///   more than one document, duplicate keys, undefined aliases, exceeded limits.
    public static func parse(_ bytes: [UInt8], file: String, limits: ParseLimits = ParseLimits()) throws(DiagnosticError) -> Node {
        fatalError("not implemented")
    }
}
