import Diagnostics
import OpenAPIModel
import YAML

extension Translator {
    /// How many examples one function of the test file lists. The cost of type-checking an array
    /// literal grows faster than its length (the whole Fireblocks API's 4,600 examples in one
    /// literal took more than 24 GiB), while a function per group keeps it proportional to the
    /// number of examples; measured by Benchmarks/examples-compile.sh.
    static let examplesPerGroup = 100

    /// The examples of a document: each component schema's `example` (or first 3.1 `examples`
    /// entry), and each response example whose schema is a component, with the generated type it
    /// belongs to.
    public static func examples(
        _ document: Document, options: TranslationOptions, moduleName: String, diagnostics: inout DiagnosticCollector
    ) -> ExamplesContext {
        var translator = Translator(document: document, options: options, diagnostics: diagnostics)
        translator.assignSchemaNames()
        var entries: [(source: String, type: String, json: String)] = []
        func add(_ example: Node, schema: Schema, source: String, type: String) {
            if let problem = translator.exampleProblem(example, schema) {
                translator.diagnostics.warning("example of \(source) does not match its schema: \(problem)", at: example.location)
            } else {
                entries.append((source, type, JSONText.render(example)))
            }
        }
        for entry in document.components.schemas {
            guard let type = translator.schemaTypeNames[entry.name],
                  let example = entry.value.example ?? entry.value.examples.first else { continue }
            add(example, schema: entry.value, source: "#/components/schemas/\(entry.name)", type: type)
        }
        for (path, operation) in document.operations {
            for response in operation.responses {
                for media in document.resolve(response.response).content where isJSON(media.name) {
                    guard let schema = media.value.schema, let name = document.resolveSchema(schema).name,
                          let type = translator.schemaTypeNames[name] else { continue }
                    var values: [Node] = media.value.example.map { [$0] } ?? []
                    values += media.value.examples.compactMap { document.resolve($0.value).value }
                    let source = "\(operation.method.rawValue.uppercased()) \(path.path) \(response.location.line)"
                    for value in values { add(value, schema: schema, source: source, type: type) }
                }
            }
        }
        diagnostics = translator.diagnostics
        // A type named like the module hides the module's name in the test file.
        let moduleIsHidden = translator.schemaTypeNames.values.contains(moduleName)
        let examples = entries.map { entry in
            ExampleContext(
                sourceLiteral: SwiftEscaping.stringLiteral(entry.source),
                type: entry.type,
                qualifiedType: moduleIsHidden ? entry.type : moduleName + "." + entry.type,
                jsonLiteral: SwiftEscaping.rawStringLiteral(entry.json),
                separator: ","
            )
        }
        let starts = Array(stride(from: 0, to: examples.count, by: examplesPerGroup))
        let groups = starts.enumerated().map { number, start in
            var group = Array(examples[start..<min(start + examplesPerGroup, examples.count)])
            group[group.count - 1].separator = ""
            return ExampleGroupContext(
                number: String(number + 1), examples: group, separator: number == starts.count - 1 ? "" : ","
            )
        }
        return ExamplesContext(header: options.fileHeader, moduleName: moduleName, groups: groups)
    }
}
