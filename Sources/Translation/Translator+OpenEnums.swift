import OpenAPIModel
import YAML

extension Translator {
    /// `anyOf`/`oneOf` of string enums and plain strings (`anyOf: [{enum: [a, b]}, {type: string}]`)
    /// is how specs write an open enum: one string enum with every listed value.
    func openEnum(_ union: UnionShape, location: Schema) -> Schema? {
        var values: [Node] = []
        var seen: Set<String> = []
        var sawEnum = false
        for variant in union.variants {
            let target = document.resolveSchema(variant).schema
            guard target.types == [.string] || (target.types.isEmpty && target.enumValues != nil),
                  target.properties.isEmpty, target.oneOf.isEmpty, target.anyOf.isEmpty, target.allOf.isEmpty else { return nil }
            for value in target.enumValues ?? [] {
                sawEnum = true
                if let text = value.string, seen.insert(text).inserted { values.append(value) }
            }
        }
        guard sawEnum else { return nil }
        var schema = location
        schema.types = [.string]
        schema.enumValues = values
        schema.oneOf = []
        schema.anyOf = []
        return schema
    }
}
