import Basics
import Diagnostics
import OpenAPIModel

/// Turns a decoded document into the contexts of the files to generate.
///
/// Output layout (a fixed set for a given `shards`, so build tools can declare it up front):
/// - `Client.swift`: the servers and the client type.
/// - `Support.swift`: the helpers the generated code needs (errors, encoding, sending).
/// - `Models.swift`: one type per component schema, in spec order.
/// - `Operations.swift`: the client methods (in an extension), their output types and inline body
///   types.
/// With `shards` N > 1, models and operations go instead to `Part1.swift`…`PartN.swift`, each in
/// the file its name hashes to.
public struct Translator: Sendable {
    let document: Document
    let options: TranslationOptions
    var diagnostics: DiagnosticCollector
    /// Component schema name → Swift type name.
    var schemaTypeNames: [String: String] = [:]
    /// Every component schema's Swift name.
    var componentTypeNames: Set<String> = []
    /// The component schema whose declaration is being built.
    var currentComponent: String?
    /// The types being declared around the current one, outermost first.
    var enclosingTypes: [String] = []
    /// Properties stored out of line to break a recursion (see `findIndirectProperties`).
    var indirectProperties: Set<IndirectKey> = []

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
        diagnostics = translator.diagnostics
        try diagnostics.throwIfErrors()
        return files
    }

    mutating func files() -> [FileContext] {
        assignSchemaNames()
        checkOverrides()
        findIndirectProperties()
        var (models, client) = modelsAndClient()
        let operations = client.operations
        client.operations = []
        let header = options.fileHeader
        let networking = ["Foundation", "HTTPTypes", "OpenAPIRuntime"]
        func file(_ name: String, _ template: String, imports: [String]) -> FileContext {
            let all = imports + options.imports.filter { !imports.contains($0) }
            return FileContext(fileName: name, template: template, header: header, imports: all, access: options.access, models: [], client: nil)
        }
        var clientFile = file("Client.swift", "client", imports: networking)
        clientFile.client = client
        var files = [clientFile, file("Support.swift", "support", imports: networking)]
        let shards = max(1, options.shards)
        guard shards > 1 else {
            var modelsFile = file("Models.swift", "models", imports: ["Foundation"])
            modelsFile.models = models
            var operationsFile = file("Operations.swift", "operations", imports: networking)
            operationsFile.operations = operations
            operationsFile.clientTypeName = client.typeName
            return files + [modelsFile, operationsFile]
        }
        // Declarations are spread over a fixed number of files by a hash of their names, so the
        // compiler can work on several files at once, the file set never depends on the spec, and a
        // declaration stays in its file as long as its name does. Each part holds both models and
        // operations: models cost the compiler far more per line, and the driver splits its work by
        // file count, so parts of one kind only would leave one core with most of the work.
        for index in 0..<shards {
            var part = file("Part\(index + 1).swift", "part", imports: networking)
            part.models = models.filter { Self.shard(of: $0.name, count: shards) == index }
            part.operations = operations.filter { Self.shard(of: $0.methodName, count: shards) == index }
            part.clientTypeName = client.typeName
            files.append(part)
        }
        return files
    }

    /// The component models and the client, built on all cores. From here on the translator's
    /// shared state (names, indirect properties) is only read: each task works on its own copy and
    /// its own diagnostics, which are merged in the order a sequential run would emit them (models
    /// in spec order, then the client).
    private mutating func modelsAndClient() -> ([ModelContext], ClientContext) {
        // Schemas mapped to an existing type (`types`) get no declaration.
        let all = document.components.schemas.entries
        let options = options
        let entries = options.types.isEmpty ? all.indices.map { $0 } : all.indices.filter { options.types[all[$0].name] == nil }
        // Task 0 is the client (the largest); the others take equal runs of models.
        let modelTasks = entries.count < 64 ? 1 : 8
        let chunk = (entries.count + modelTasks - 1) / max(1, modelTasks)
        var base = self
        base.diagnostics = DiagnosticCollector()
        let translator = base
        let results = concurrentResults(modelTasks + 1) { task -> (models: [ModelContext], client: ClientContext?, diagnostics: [Diagnostic]) in
            var worker = translator
            if task == 0 {
                let client = worker.clientContext()
                return ([], client, worker.diagnostics.diagnostics)
            }
            let range = min(entries.count, (task - 1) * chunk)..<min(entries.count, task * chunk)
            let models = entries[range].map { index in worker.componentModel(name: all[index].name, schema: all[index].value) }
            return (models, nil, worker.diagnostics.diagnostics)
        }
        var models: [ModelContext] = []
        models.reserveCapacity(entries.count)
        for result in results.dropFirst() {
            models += result.models
            for diagnostic in result.diagnostics { diagnostics.emit(diagnostic) }
        }
        for diagnostic in results[0].diagnostics { diagnostics.emit(diagnostic) }
        return (models, results[0].client!)
    }

    /// A stable shard for a name (FNV-1a, the same on every machine and run, unlike `Hasher`).
    static func shard(of name: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }

    /// Gives every component schema its Swift name and reports two schemas that would share one.
    mutating func assignSchemaNames() {
        var owners: [String: (name: String, location: SourceLocation)] = [:]
        let entries = document.components.schemas.entries
        let options = options
        let swiftNames = entries.parallelMap { entry in options.schemaNames[entry.name] ?? SwiftName.typeName(entry.name) }
        for (entry, swiftName) in zip(entries, swiftNames) {
            if let type = options.types[entry.name] {
                schemaTypeNames[entry.name] = type
                continue
            }
            if let first = owners[swiftName] {
                diagnostics.error(
                    "schemas '\(first.name)' and '\(entry.name)' would both be named '\(swiftName)' in Swift (the first is at \(first.location))",
                    at: entry.location
                )
                continue
            }
            owners[swiftName] = (entry.name, entry.location)
            schemaTypeNames[entry.name] = swiftName
            componentTypeNames.insert(swiftName)
        }
    }

    /// Reports name and type overrides that name no schema, property or operation of the spec
    /// (after filtering), with the closest existing name.
    mutating func checkOverrides() {
        let schemaNames = document.components.schemas.map(\.name)
        func check(_ names: some Sequence<String>, setting: String, candidates: [String], what: String) {
            let known = Set(candidates)
            for name in names.sorted() where !known.contains(name) {
                var message = "\(setting): the spec has no \(what) '\(name)'"
                if let suggestion = NameSuggestion.closest(to: name, in: candidates) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: nil)
            }
        }
        check(options.schemaNames.keys, setting: "names.schemas", candidates: schemaNames, what: "schema")
        check(options.types.keys, setting: "types", candidates: schemaNames, what: "schema")
        if !options.propertyNames.isEmpty {
            let properties = document.components.schemas.flatMap { entry in
                (flattenedObject(entry.value)?.properties ?? []).map { entry.name + "." + $0.name }
            }
            check(options.propertyNames.keys, setting: "names.properties", candidates: properties, what: "property")
        }
        let operationIds = document.operations.compactMap { $0.1.operationId }
        check(options.operationNames.keys, setting: "names.operations", candidates: operationIds, what: "operationId")
    }

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
            doc.append("/// - Remark: Generated from `\(remark)`.")
        }
        return doc
    }

    /// A schema's example as compact JSON, or `nil` when it has none or it is too long for a doc line.
    func exampleText(_ schema: Schema) -> String? {
        guard let node = schema.example ?? schema.examples.first else { return nil }
        // A string reads best as itself; anything else as JSON.
        if let text = node.string { return text.count <= 400 ? text : nil }
        return JSONText.render(node, maxCharacters: 400)
    }
}
