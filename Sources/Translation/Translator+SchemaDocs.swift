import OpenAPIModel

extension Translator {
    /// The doc lines of a schema: its title and description, then where it came from.
    func schemaDoc(_ schema: Schema, remark: String?) -> [String] {
        var doc: [String] = []
        if let title = schema.title, !title.isEmpty, title != schema.description {
            doc += SwiftEscaping.docComment(title)
        }
        if let description = schema.description, !description.isEmpty {
            if !doc.isEmpty { doc.append("///") }
            doc += SwiftEscaping.docComment(description)
        }
        if let example = exampleText(schema) {
            if !doc.isEmpty { doc.append("///") }
            doc.append("/// Example: " + SwiftEscaping.docCode(example))
        }
        if let remark {
            if !doc.isEmpty { doc.append("///") }
            // The remark names the schema, whose name is spec text like any other.
            doc.append("/// - Remark: Generated from `\(SwiftEscaping.docCodeText(remark))`.")
        }
        return doc
    }

    /// A schema's example as compact JSON, or `nil` when it has none or it is too long for a doc line.
    private func exampleText(_ schema: Schema) -> String? {
        guard let node = schema.example ?? schema.examples.first else { return nil }
        // A string reads best as itself; anything else as JSON.
        if let text = node.string { return text.count <= 400 ? text : nil }
        return JSONText.render(node, maxCharacters: 400)
    }
}
