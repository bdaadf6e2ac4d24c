// Typed views of nodes. Plain scalars are resolved with the YAML 1.2 core schema (so `yes` and `on`
// stay strings, as OpenAPI documents expect); quoted scalars are always strings; an explicit tag wins.

extension Node {
    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// The entries, if this node is a mapping.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items, if this node is a sequence.
    public var items: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value for a scalar key in a mapping (first match), or `nil`.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = kind else { return nil }
        // Keys are compared where they are: `for pair in pairs` copied every pair, retaining its
        // strings and arrays, to read its key, and decoding looks up every keyword of every schema.
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.kind, scalar.value == key { return pairs[index].value }
        }
        return nil
    }

    /// What a scalar means under the core schema (and explicit tags).
    public var resolved: ResolvedScalar? {
        guard case .scalar(let scalar) = kind else { return nil }
        return ResolvedScalar.resolve(scalar, tag: tag)
    }

    /// The scalar's text if it resolves to a string (quoted, tagged `!!str`, or a plain scalar that
    /// is not null, bool or a number).
    public var string: String? {
        if case .string(let text) = resolved { return text }
        return nil
    }

    /// The scalar's text whatever it resolves to (for places where OpenAPI wants a string but
    /// authors write `version: 1.0` or `200:`).
    public var text: String? { scalar?.value }

    /// The boolean, if the scalar resolves to one (`true`, `False`…; not `yes`).
    public var bool: Bool? {
        if case .bool(let value) = resolved { return value }
        return nil
    }

    /// The integer, if the scalar resolves to one that fits in `Int`.
    public var int: Int? {
        if case .int(let value) = resolved { return value }
        return nil
    }

    /// Any number (an integer is widened).
    public var double: Double? {
        switch resolved {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }

    /// Whether the scalar resolves to null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        guard case .scalar(let scalar) = kind else { return false }
        guard tag == nil else { return ResolvedScalar.resolve(scalar, tag: tag) == .null }
        guard scalar.style == .plain else { return false }
        switch scalar.value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A short word for error messages: "a mapping", "a sequence", "a string", "a number"…
    public var kindDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar:
            switch resolved {
            case .null, nil: return "null"
            case .bool: return "a boolean"
            case .int, .float: return "a number"
            case .string: return "a string"
            }
        }
    }
}
