import Diagnostics
import OpenAPIModel
import Testing
import Translation
import YAML

/// What translating some YAML gave: the files or the thrown errors, plus the other diagnostics.
struct Translation {
    var files: [FileContext]
    var errors: [String]
    var warnings: [String]

    var models: [ModelContext] { files.first { $0.template == "models" }?.models ?? [] }
    var client: ClientContext? { files.first { $0.template == "client" }?.client }

    func model(_ name: String) -> ModelContext? { models.first { $0.name == name } }
    func operation(_ name: String) -> OperationContext? {
        files.flatMap(\.operations).first { $0.methodName == name }
    }
}

/// Decodes and translates YAML text as the file `t.yaml`.
func translate(
    _ yaml: String, options: TranslationOptions = TranslationOptions(specFileName: "t.yaml"),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Translation {
    var diagnostics = DiagnosticCollector()
    let document: Document
    do {
        document = try Document.load(bytes: Array(yaml.utf8), file: "t.yaml", diagnostics: &diagnostics)
    } catch {
        Issue.record("the spec does not decode: \(error)", sourceLocation: sourceLocation)
        throw error
    }
    do {
        let files = try Translator.translate(document, options: options, diagnostics: &diagnostics)
        return Translation(files: files, errors: [], warnings: diagnostics.diagnostics.filter { $0.severity != .error }.map(\.description))
    } catch {
        return Translation(
            files: [], errors: error.diagnostics.map(\.description),
            warnings: diagnostics.diagnostics.filter { $0.severity != .error }.map(\.description)
        )
    }
}

/// A 3.0 document: `info`, then the given text (already indented as top-level YAML).
func spec(_ rest: String) -> String {
    """
    openapi: 3.0.3
    info:
      title: T
      version: 1.0.0

    """ + rest
}
