// GeneratorCore: the whole pipeline, bytes in and files out, in memory. Reading and writing files
// is the caller's job (the command-line tool and the plugins).

import Basics
import Diagnostics
import Dispatch
import OpenAPIModel
import Rendering
import Translation
import YAML

/// What shapes a run besides the spec itself.
public struct GeneratorConfig: Sendable {
    /// The access modifier of generated declarations.
    public var access: String = "public"
    /// The client type's name.
    public var clientTypeName: String = "Client"
    /// How many files models and operations are spread over, so the compiler can build them in
    /// parallel. The file set depends only on this number, never on the spec.
    public var shards: Int = 1
    /// The templates (built-in ones, possibly overridden by the user's).
    public var templates: TemplateSet = .builtIn
    /// Which operations to generate (with the components they reach); empty keeps them all.
    public var filter = OperationFilter()
    /// Modules every generated file imports besides its own.
    public var imports: [String] = []
    /// Component schema name → Swift type name.
    public var schemaNames: [String: String] = [:]
    /// `Schema.property` → Swift property name.
    public var propertyNames: [String: String] = [:]
    /// operationId → Swift method name.
    public var operationNames: [String: String] = [:]
    /// Component schema name → an existing Swift type used instead of a generated one.
    public var types: [String: String] = [:]

    /// Never free the YAML tree, the document and the contexts. For a process that exits once the
    /// files are written (the command-line tool): freeing their many small allocations would take a
    /// core's time while the run still needs it, and the memory goes back when the process exits.
    /// It raises peak memory little: the peak is while the tree and the document both exist.
    public var keepsIntermediates = false

    public init() {}
}

/// The files of a successful run and the warnings it produced.
public struct GenerationResult: Sendable {
    public var files: [GeneratedFile]
    public var diagnostics: [Diagnostic]
    /// How long each stage took, in order (`YAML parse`, `model + $ref`, `translate`, `templates`
    /// (parsing them), `render`).
    public var timings: [StageTiming] = []
}

/// The time one stage of a run took.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double

    public init(stage: String, seconds: Double) {
        self.stage = stage
        self.seconds = seconds
    }

    /// The time since `start`, on the continuous clock.
    public init(stage: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        self.init(stage: stage, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}

/// Collects stage times as a run goes.
struct StageClock {
    private var last = ContinuousClock.now
    private(set) var timings: [StageTiming] = []

    /// Ends the current stage under `stage`.
    mutating func lap(_ stage: String) {
        timings.append(StageTiming(stage: stage, since: last))
        last = .now
    }
}

/// A value that is deliberately never freed.
final class KeptAlive<T> {
    let value: T
    init(_ value: T) { self.value = value }
}

public enum Generator {
    /// Runs the pipeline: parse (libyaml) → decode and resolve (`Document`) → translate → render.
    ///
    /// - Parameters:
    ///   - spec: the document's bytes (YAML or JSON).
    ///   - fileName: the name diagnostics and file headers use (a name, not an absolute path).
    ///   - reader: reads the files `$ref`s point to, by path relative to the spec's folder; `nil`
    ///     rejects references to other files.
    /// - Returns: the generated files, sorted by name, and any warnings.
    /// - Throws: `DiagnosticError` holding every diagnostic (warnings included) when there is an error.
    public static func generate(
        spec: [UInt8], fileName: String, config: GeneratorConfig = GeneratorConfig(), reader: SpecFileReader? = nil
    ) throws(DiagnosticError) -> GenerationResult {
        try run(spec: spec, fileName: fileName, config: config, reader: reader) { document, options, diagnostics, clock throws(DiagnosticError) in
            let contexts = try Translator.translate(document, options: options, diagnostics: &diagnostics)
            release(consume document, config)
            clock.lap("translate")
            let renderer = try Renderer(templates: config.templates)
            clock.lap("templates")
            let files = try render(contexts, with: renderer)
            release(consume contexts, config)
            clock.lap("render")
            return files.sorted { $0.name < $1.name }
        }
    }

    /// Renders the files on all cores; the result does not depend on which finishes first.
    static func render(_ contexts: [FileContext], with renderer: Renderer) throws(DiagnosticError) -> [GeneratedFile] {
        // One file with most of the declarations (`Models.swift` without shards) would keep one
        // core busy long after the others are done: then the files render one after the other, each
        // cutting its long lists into runs for all cores. Files of similar sizes render side by side.
        let sizes = contexts.map { $0.models.count + $0.operations.count }
        if let largest = sizes.max(), largest * 2 > sizes.reduce(0, +) {
            // Each file's layout is normalised on another thread while the next file renders.
            let texts = UnsafeMutableBufferPointer<String>.allocate(capacity: contexts.count)
            texts.initialize(repeating: "")
            defer {
                _ = texts.deinitialize()
                texts.deallocate()
            }
            nonisolated(unsafe) let normalized = texts
            let layout = DispatchGroup()
            defer { layout.wait() }
            for (index, context) in contexts.enumerated() {
                let raw = try renderer.renderUnnormalized(context, parallel: true)
                DispatchQueue.global().async(group: layout) {
                    normalized[index] = TextLayout.normalize(raw)
                }
            }
            layout.wait()  // before reading the texts; the `defer` covers a render that throws
            return contexts.indices.map { GeneratedFile(name: contexts[$0].fileName, contents: texts[$0]) }
        }
        // The largest files start first.
        let order = contexts.indices.sorted { sizes[$0] > sizes[$1] }
        let rendered = concurrentResults(order.count) { position in
            Result { () throws(DiagnosticError) -> GeneratedFile in try renderer.render(contexts[order[position]]) }
        }
        // Back in file order (which also decides which error is reported first).
        var byFile = [Result<GeneratedFile, DiagnosticError>?](repeating: nil, count: contexts.count)
        for (position, result) in rendered.enumerated() {
            byFile[order[position]] = result
        }
        return try byFile.map { result throws(DiagnosticError) in try result!.get() }
    }

    /// The template context of every file as JSON (one `<file>.json` per generated file), for
    /// template authors: every key a template can use, with its value for this spec.
    public static func templateContexts(
        spec: [UInt8], fileName: String, config: GeneratorConfig = GeneratorConfig(), reader: SpecFileReader? = nil
    ) throws(DiagnosticError) -> GenerationResult {
        try run(spec: spec, fileName: fileName, config: config, reader: reader) { document, options, diagnostics, _ throws(DiagnosticError) in
            try Translator.translate(document, options: options, diagnostics: &diagnostics).map { context in
                GeneratedFile(name: context.fileName + ".json", contents: ContextJSON.encode(context))
            }
        }
    }

    /// A Swift Testing file that decodes every example of the spec (component schemas' `example`,
    /// responses' `example`/`examples`) into the generated type, to check the generated code
    /// against the spec. It imports the generated module with `@testable`.
    public static func exampleTests(
        spec: [UInt8], fileName: String, moduleName: String, config: GeneratorConfig = GeneratorConfig(),
        reader: SpecFileReader? = nil
    ) throws(DiagnosticError) -> GenerationResult {
        try run(spec: spec, fileName: fileName, config: config, reader: reader) { document, options, diagnostics, _ throws(DiagnosticError) in
            let context = Translator.examples(document, options: options, moduleName: moduleName, diagnostics: &diagnostics)
            return [try Renderer(templates: config.templates).render(context, fileName: "SpecExampleTests.swift")]
        }
    }

    /// Hands the last reference to a large value (the YAML tree, the document, the contexts) to
    /// another thread, so freeing its many small allocations does not hold up the caller.
    static func releaseInBackground(_ value: some Sendable) {
        DispatchQueue.global(qos: .utility).async {
            withExtendedLifetime(value) {}
        }
    }

    /// Frees a large value the way `config` asks: on another thread, or never (see
    /// `GeneratorConfig.keepsIntermediates`).
    static func release(_ value: some Sendable, _ config: GeneratorConfig) {
        if config.keepsIntermediates {
            _ = Unmanaged.passRetained(KeptAlive(value))
        } else {
            releaseInBackground(value)
        }
    }

    /// Loads and filters the document, then runs `produce`; on an error, throws the warnings
    /// collected so far followed by the errors.
    private static func run(
        spec: [UInt8], fileName: String, config: GeneratorConfig, reader: SpecFileReader?,
        _ produce: (consuming Document, TranslationOptions, inout DiagnosticCollector, inout StageClock) throws(DiagnosticError) -> [GeneratedFile]
    ) throws(DiagnosticError) -> GenerationResult {
        var diagnostics = DiagnosticCollector()
        var clock = StageClock()
        do {
            let root = try YAMLParser.parse(spec, file: fileName)
            clock.lap("YAML parse")
            let document = try Document.decode(root, file: fileName, reader: reader, diagnostics: &diagnostics)
                .filtered(by: config.filter)
            // The tree is not needed any more (the model keeps the few nodes it uses).
            release(consume root, config)
            clock.lap("model + $ref")
            var options = TranslationOptions(
                specFileName: fileName, access: config.access, clientTypeName: config.clientTypeName, shards: config.shards
            )
            options.imports = config.imports
            options.schemaNames = config.schemaNames
            options.propertyNames = config.propertyNames
            options.operationNames = config.operationNames
            options.types = config.types
            let files = try produce(consume document, options, &diagnostics, &clock)
            return GenerationResult(files: files, diagnostics: diagnostics.diagnostics, timings: clock.timings)
        } catch {
            let warnings = diagnostics.diagnostics.filter { $0.severity != .error }
            let errors = error.diagnostics.isEmpty ? diagnostics.errors : error.diagnostics
            throw DiagnosticError(warnings + errors)
        }
    }
}
