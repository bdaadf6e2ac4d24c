import YAML

/// The limits of one document's decoding: its YAML and that of every file it refers to, how many
/// files it may read, and how deep its schemas may nest through references. Generating a type
/// follows `$ref`s and `allOf`/`oneOf`/`anyOf` members schema by schema, so the depth bound keeps
/// that walk (and a flattened `allOf` chain, whose output grows with the square of its length)
/// small.
public struct DocumentLimits: Sendable {
    /// The YAML limits, for the document and for each file it refers to.
    public var parse = ParseLimits()
    /// Most component schemas a chain of `$ref`s and `allOf`/`oneOf`/`anyOf` members may pass
    /// through (the real documents tried reach 6).
    public var maxReferenceDepth = 64
    /// Most distinct files a document may pull in through `$ref`s.
    public var maxFiles = 1000
    /// How to raise each limit, appended to the message of a document that hits it.
    public var advice: [Bound: String] = [:]

    /// The limits, for `advice`.
    public enum Bound: Sendable, Hashable {
        case referenceDepth, files
    }

    public init() {}

    /// The message about a limit that was hit, with its advice.
    func message(_ text: String, _ bound: Bound) -> String {
        advice[bound].map { "\(text); \($0)" } ?? text
    }
}
