import Basics
import Diagnostics
import OpenAPIModel

/// Turns a decoded document into the contexts of the files to generate.
///
/// Output layout (a fixed set for a given `OutputLayout`, so build tools can declare it up front):
/// - `Client.swift`: the servers and the client type.
/// - `Support.swift`: the helpers the generated code needs (errors, encoding, sending).
/// - `Models.swift`: one type per component schema, in spec order.
/// - `Operations.swift`: the client methods (in an extension), their output types and inline body
///   types.
/// With the `letters` layout, models and operations go instead to `Models+A.swift`…,
/// `Operations+A.swift`…, by the first letter of their names (`OutputLayout`).
public struct Translator: Sendable {
    let document: Document
    let options: TranslationOptions
    var diagnostics: DiagnosticCollector
    /// Component schema name → Swift type name.
    var schemaTypeNames: [String: String] = [:]
    /// Every component schema's Swift name.
    var componentTypeNames: Set<String> = []
    /// The values of `schemaTypeNames` (the types of `types` included), to ask whether a name is
    /// one of them in constant time: every operation asks it of its output types.
    var schemaTypeNameSet: Set<String> = []
    /// The component schema whose declaration is being built.
    var currentComponent: String?
    /// The types being declared around the current one, outermost first.
    var enclosingTypes: [String] = []
    /// Component schemas a multipart request body names: their file properties are
    /// `MultipartFile`s.
    var multipartComponents: Set<String> = []
    /// `true` while the top-level properties being typed are a multipart body's parts.
    var multipartFiles = false
    /// Properties stored out of line to break a recursion (see `findIndirectProperties`).
    var indirectProperties: Set<IndirectKey> = []
    /// Each operation's method name, as declared → the operation ids (or, without one, the paths)
    /// of the operations named so (see `indexOperationMethodNames`).
    var operationsByMethodName: [String: [String]] = [:]

    init(document: Document, options: TranslationOptions, diagnostics: DiagnosticCollector) {
        self.document = document
        self.options = options
        self.diagnostics = diagnostics
    }

    /// Translates a document. Errors (e.g. name collisions) are thrown together; warnings are added
    /// to `diagnostics`.
    public static func translate(
        _ document: Document, options: TranslationOptions, diagnostics: inout DiagnosticCollector
    ) throws(DiagnosticError) -> [FileContext] {
        var translator = Translator(document: document, options: options, diagnostics: diagnostics)
        let files = translator.files()
        // A schema used in several places (a referenced parameter, a string alias with a
        // `pattern`) may be reported from each: say it once.
        var seen: Set<Diagnostic> = []
        diagnostics = DiagnosticCollector()
        for diagnostic in translator.diagnostics.diagnostics where seen.insert(diagnostic).inserted {
            diagnostics.emit(diagnostic)
        }
        try diagnostics.throwIfErrors()
        return files
    }

    /// Names come first: every later step reads them, and the fan-out only reads shared state.
    private mutating func files() -> [FileContext] {
        assignSchemaNames()
        findMultipartComponents()
        checkOverrides()
        findIndirectProperties()
        indexOperationMethodNames()
        let (models, client) = modelsAndClient()
        return layOut(models: models, client: client)
    }
}
