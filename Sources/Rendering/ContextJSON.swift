import Translation

/// The template context as JSON, for template authors to see every key and value
/// (`openapi-swift-gen templates context`). Keys keep their declaration order.
public enum ContextJSON {
    public static func encode(_ value: Any) -> String {
        var text = ""
        write(value, indent: "", into: &text)
        return text + "\n"
    }

    private static func write(_ value: Any, indent: String, into text: inout String) {
        switch value {
        case let string as String:
            text += quoted(string)
        case let bool as Bool:
            text += bool ? "true" : "false"
        case let int as Int:
            text += String(int)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let wrapped = mirror.children.first?.value {
                    write(wrapped, indent: indent, into: &text)
                } else {
                    text += "null"
                }
            case .collection, .set:
                let items = Array(mirror.children)
                guard !items.isEmpty else {
                    text += "[]"
                    return
                }
                text += "[\n"
                for (index, item) in items.enumerated() {
                    text += indent + "  "
                    write(item.value, indent: indent + "  ", into: &text)
                    text += index == items.count - 1 ? "\n" : ",\n"
                }
                text += indent + "]"
            default:
                let fields = mirror.children.compactMap { child in child.label.map { ($0, child.value) } }
                guard !fields.isEmpty else {
                    text += quoted(String(describing: value))
                    return
                }
                text += "{\n"
                for (index, field) in fields.enumerated() {
                    text += indent + "  " + quoted(field.0) + ": "
                    write(field.1, indent: indent + "  ", into: &text)
                    text += index == fields.count - 1 ? "\n" : ",\n"
                }
                text += indent + "}"
            }
        }
    }

    private static func quoted(_ string: String) -> String {
        JSONText.quoted(string)
    }
}
