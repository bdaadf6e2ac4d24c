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
        for pair in pairs where pair.key.scalar?.value == key {
            return pair.value
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

    public var bool: Bool? {
        if case .bool(let value) = resolved { return value }
        return nil
    }

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

    public var isNull: Bool {
        if case .null = resolved { return true }
        return false
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

/// A scalar resolved to a value.
public enum ResolvedScalar: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    static func resolve(_ scalar: Scalar, tag: String?) -> ResolvedScalar {
        let text = scalar.value
        if let tag {
            switch tag {
            case Tag.str, Tag.binary: return .string(text)
            case Tag.int: return Int(text).map(ResolvedScalar.int) ?? .string(text)
            case Tag.float: return Double(text).map(ResolvedScalar.float) ?? .string(text)
            case Tag.bool: return text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
            case Tag.null: return .null
            default: break
            }
        }
        guard scalar.style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let value = parseInteger(text) { return .int(value) }
        if let value = parseFloat(text) { return .float(value) }
        return .string(text)
    }

    /// Core schema integers: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func parseInteger(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.hasPrefix("0x") { return Int(digits.dropFirst(2), radix: 16) }
        if digits.hasPrefix("0o") { return Int(digits.dropFirst(2), radix: 8) }
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let magnitude = Int(digits) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// Core schema floats: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `.inf`, `.nan`.
    static func parseFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var sawDigit = false
        for (offset, character) in text.enumerated() {
            switch character {
            case "0"..."9": sawDigit = true
            case ".", "e", "E": continue
            case "-", "+":
                if offset != 0, !text.isEmpty { continue }
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(text)
    }
}
