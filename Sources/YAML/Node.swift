// The YAML layer: libyaml's event stream turned into an ordered tree of nodes, each carrying the
// 1-based line and column where it starts, so later stages can point at the exact place of a problem.

import Diagnostics

/// A node of a YAML (or JSON) document. Mappings keep the order of their keys.
public struct Node: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([Node])
    }

    public var kind: Kind
    /// Where the node starts: its anchor or tag if it has one, otherwise its first character (the
    /// quote of a quoted scalar, the `|` or `>` of a block scalar, the first key of a block mapping,
    /// the first `-` of a block sequence).
    public var location: SourceLocation
    /// The explicit tag, resolved to its full form (`tag:yaml.org,2002:int` for `!!int`), or `nil`.
    public var tag: String?

    public init(_ kind: Kind, location: SourceLocation, tag: String? = nil) {
        self.kind = kind
        self.location = location
        self.tag = tag
    }
}

/// A key/value entry of a mapping.
public struct Pair: Hashable, Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text and how it was written.
public struct Scalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    /// The scalar's value after unescaping and folding (what the document means, not how it is written).
    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}

/// Standard tags, in the full form `Node.tag` uses.
public enum Tag {
    public static let str = "tag:yaml.org,2002:str"
    public static let int = "tag:yaml.org,2002:int"
    public static let float = "tag:yaml.org,2002:float"
    public static let bool = "tag:yaml.org,2002:bool"
    public static let null = "tag:yaml.org,2002:null"
    public static let binary = "tag:yaml.org,2002:binary"
    public static let map = "tag:yaml.org,2002:map"
    public static let seq = "tag:yaml.org,2002:seq"
}
