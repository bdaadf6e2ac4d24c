import YAML

/// Compact JSON text for a YAML node (examples in doc comments). Mapping order is kept; scalars
/// are typed by the YAML core schema, so `'100.00'` stays a string and `2` a number.
public enum JSONText {
    static func render(_ node: Node) -> String {
        var output = ""
        write(node, into: &output, limit: .max)
        return output
    }

    /// The JSON text, or `nil` when it has more than `maxCharacters` characters; it is not written
    /// further once that is certain.
    public static func render(_ node: Node, maxCharacters: Int) -> String? {
        // Appending never lowers a string's character count, so once the text so far is too long,
        // the whole is. Characters are counted only when the byte count passes a threshold (a
        // string has at most as many characters as bytes), which doubles after each count.
        var output = ""
        var threshold = maxCharacters
        while true {
            output = ""
            write(node, into: &output, limit: threshold)
            if output.utf8.count <= threshold { return output.count <= maxCharacters ? output : nil }
            if output.count > maxCharacters { return nil }
            threshold *= 2
        }
    }

    private static func write(_ node: Node, into output: inout String, limit: Int) {
        guard output.utf8.count <= limit else { return }
        switch node.kind {
        case .mapping(let pairs):
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                writeString(pair.key.text ?? "", into: &output)
                output += ":"
                write(pair.value, into: &output, limit: limit)
                if output.utf8.count > limit { return }
            }
            output += "}"
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, into: &output, limit: limit)
                if output.utf8.count > limit { return }
            }
            output += "]"
        case .scalar(let scalar):
            switch node.resolved {
            case .null: output += "null"
            case .bool(let value): output += value ? "true" : "false"
            case .int(let value):
                // As a decimal number: YAML also writes integers as `0x1F` or `+3`, which JSON does not allow.
                output += String(value)
            case .float(let value):
                if value.isFinite, Double(scalar.value) != nil, scalar.value.first.map({ $0.isNumber || $0 == "-" }) == true,
                   !scalar.value.hasPrefix("-.") {
                    output += scalar.value
                } else if value.isFinite {
                    output += "\(value)"
                } else {
                    writeString(scalar.value, into: &output)
                }
            case .string, nil: writeString(scalar.value, into: &output)
            }
        }
    }

    /// A JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var output = ""
        writeString(text, into: &output)
        return output
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most strings need no escape at all: copied whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
