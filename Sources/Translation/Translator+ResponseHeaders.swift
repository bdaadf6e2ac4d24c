import Basics
import OpenAPIModel

extension Translator {
    /// How a response header's value is read, from its schema: numbers, booleans, `date-time`s,
    /// `uuid`s and referenced enum schemas get their Swift type; anything else (no schema, arrays,
    /// objects, other strings) is the text. An inline `enum` is read as its raw type, as an inline
    /// enum parameter is sent as one: only a component schema names an enum type.
    mutating func headerReading(_ header: Header) -> OutputHeaderContext.Reading {
        guard let schema = header.schema else { return .text }
        let resolved = document.resolveSchema(schema)
        var target = resolved.schema
        if target.enumValues != nil {
            if let name = resolved.name, let type = schemaTypeNames[name], target.types == [.string] || target.types == [.integer] {
                return .enumeration(type)
            }
            target.enumValues = nil
        }
        var scratch: [ModelContext] = []
        let type = swiftType(for: target, nameHint: "Header", nested: &scratch)
        switch type {
        case "Int", "Int32", "Int64", "Double", "Float": return .number(type)
        case "Bool": return .bool
        case "Date": return .date
        case "UUID": return .uuid
        default: return .text
        }
    }

    /// One accessor per header name, sorted by name, for `OperationOutput`: the first operation
    /// that documents a header gives its doc; when operations give it different types, it is read
    /// as text, and its doc says why.
    func responseHeaderAccessors(_ operations: [OperationContext]) -> [OutputHeaderContext] {
        var first: [String: OutputHeaderContext] = [:]
        var mixed: Set<String> = []
        for header in operations.flatMap(\.outputHeaders) {
            if let existing = first[header.name] {
                if existing.type != header.type { mixed.insert(header.name) }
            } else {
                first[header.name] = header
            }
        }
        return first.keys.sorted().compactMap { name in
            guard let header = first[name] else { return nil }
            guard mixed.contains(name) else { return header }
            let note = "/// Read as text: the operations document this header with different types."
            return OutputHeaderContext(
                name: header.name, nameLiteral: header.nameLiteral, doc: header.doc + (header.doc.isEmpty ? [] : ["///"]) + [note]
            )
        }
    }
}
