// Scalar resolution with the YAML 1.2 core schema rather than libyaml's YAML 1.1 rules: `yes`, `on`
// and `0777`-style octals stay what OpenAPI authors mean (strings and decimal numbers). The grammar
// is matched byte by byte first, because the standard parsers accept forms the schema does not:
// `Double(_:)` takes `nan`, `inf` and hex floats such as `0x1p3`; `Int(_:radix:)` takes a sign.

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
            case Tag.int: return parseInteger(text).map(ResolvedScalar.int) ?? .string(text)
            case Tag.float:
                if let value = parseFloat(text) { return .float(value) }
                return parseInteger(text).map { .float(Double($0)) } ?? .string(text)
            case Tag.bool: return parseBool(text).map(ResolvedScalar.bool) ?? .string(text)
            case Tag.null: return .null
            default: break  // Unknown and local tags: resolve by content, as an untagged scalar.
            }
        }
        guard scalar.style == .plain else { return .string(text) }
        // Most plain scalars are words: a letter can start only `true`, `false`, `null` (5 letters
        // at most) in the core schema, never a number.
        if let first = text.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") {
            let lower = first | 0x20
            guard lower == UInt8(ascii: "t") || lower == UInt8(ascii: "f") || lower == UInt8(ascii: "n"), text.utf8.count <= 5 else {
                return .string(text)
            }
        }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        if let value = parseBool(text) { return .bool(value) }
        if let value = parseInteger(text) { return .int(value) }
        if let value = parseFloat(text) { return .float(value) }
        return .string(text)
    }

    /// Core schema booleans: `true|True|TRUE|false|False|FALSE`.
    static func parseBool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Core schema integers: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`. A value too large for
    /// `Int` is not an integer here (it may still resolve as a float).
    static func parseInteger(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "x") {
                guard bytes.dropFirst(2).allSatisfy(isHexDigit) else { return nil }
                return Int(text.dropFirst(2), radix: 16)
            }
            if bytes[1] == UInt8(ascii: "o") {
                guard bytes.dropFirst(2).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) else { return nil }
                return Int(text.dropFirst(2), radix: 8)
            }
        }
        let digits = bytes.first.map(isSign) == true ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
        return Int(text)
    }

    /// Core schema floats: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`,
    /// `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`.
    static func parseFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let bytes = Array(text.utf8)
        var index = 0
        func digitRun() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.count, isSign(bytes[index]) { index += 1 }
        let integerDigits = digitRun()
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = digitRun()
        }
        // `.5` and `5.` are floats; `.` and `-` alone are not.
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, isSign(bytes[index]) { index += 1 }
            guard digitRun() > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        return Double(text)
    }
}

private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

private func isSign(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
}

private func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
}
