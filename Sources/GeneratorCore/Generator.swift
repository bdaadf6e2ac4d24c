// GeneratorCore: the whole pipeline, bytes in and files out, in memory. Reading and writing files
// is the caller's job (the command-line tool and the plugins).

import Basics
import Diagnostics
import OpenAPIModel
import Rendering
import SpecDiff
import Translation
import YAML

/// The files of a successful run and the warnings it produced.
public struct GenerationResult: Sendable {
    public var files: [GeneratedFile]
    public var diagnostics: [Diagnostic]
    /// How long each stage took, in order (`YAML parse`, `model + $ref`, `translate`, `templates`
    /// (parsing them), `render`).
    public var timings: [StageTiming] = []
    /// What the run decided that is worth knowing but needs no action (the operations that are
    /// paginated, and why a likely one is not), which `--verbose` prints.
    public var notes: [Diagnostic] = []
    /// What the generated client declares, by Swift name (`generate` only): kept beside the code, it
    /// is what `check` compares a changed spec's client with.
    public var surface: Surface?
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
        let run = try stages(spec: spec, fileName: fileName, config: config, reader: reader) { document, options, diagnostics, clock throws(DiagnosticError) in
            let contexts = try Translator.translate(document, options: options, diagnostics: &diagnostics)
            release(consume document, config)
            let surface = Surface(files: contexts)
            clock.lap("translate")
            // Built-in templates are parsed on first use; a loaded folder was parsed when loaded.
            let renderer = try config.renderer()
            clock.lap("templates")
            let files = try render(contexts, with: renderer)
            release(consume contexts, config)
            clock.lap("render")
            return (files.sorted { $0.name < $1.name }, surface)
        }
        return GenerationResult(
            files: run.output.0, diagnostics: run.diagnostics, timings: run.timings, notes: run.notes, surface: run.output.1
        )
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
            return [try config.renderer().render(context, fileName: "SpecExampleTests.swift")]
        }
    }

    /// `stages`, for the commands whose output is files.
    private static func run(
        spec: [UInt8], fileName: String, config: GeneratorConfig, reader: SpecFileReader?,
        _ produce: (consuming Document, TranslationOptions, inout DiagnosticCollector, inout StageClock) throws(DiagnosticError) -> [GeneratedFile]
    ) throws(DiagnosticError) -> GenerationResult {
        let run = try stages(spec: spec, fileName: fileName, config: config, reader: reader, produce)
        return GenerationResult(files: run.output, diagnostics: run.diagnostics, timings: run.timings, notes: run.notes)
    }

    /// What the stages made, with the warnings and notes collected on the way.
    struct Staged<Output> {
        var output: Output
        var diagnostics: [Diagnostic]
        var timings: [StageTiming]
        var notes: [Diagnostic]
    }

    /// Loads and filters the document, then runs `produce`, on a thread with a stack large enough
    /// for the deepest spec the limits let through; on an error, throws the warnings collected so
    /// far followed by the errors.
    static func stages<Output>(
        spec: [UInt8], fileName: String, config: GeneratorConfig, reader: SpecFileReader?,
        _ produce: (consuming Document, TranslationOptions, inout DiagnosticCollector, inout StageClock) throws(DiagnosticError) -> Output
    ) throws(DiagnosticError) -> Staged<Output> {
        try LargeStack.run { () throws(DiagnosticError) in
            try runStages(spec: spec, fileName: fileName, config: config, reader: reader, produce)
        }
    }

    private static func runStages<Output>(
        spec: [UInt8], fileName: String, config: GeneratorConfig, reader: SpecFileReader?,
        _ produce: (consuming Document, TranslationOptions, inout DiagnosticCollector, inout StageClock) throws(DiagnosticError) -> Output
    ) throws(DiagnosticError) -> Staged<Output> {
        var diagnostics = DiagnosticCollector()
        var clock = StageClock()
        do {
            let root = try YAMLParser.parse(spec, file: fileName, limits: config.limits.parse)
            clock.lap("YAML parse")
            let document = try Document.decode(
                root, file: fileName, reader: reader, limits: config.limits, strict: config.strict, diagnostics: &diagnostics
            )
                .filtered(by: config.filter)
            // The tree is not needed any more (the model keeps the few nodes it uses). It is freed
            // even when intermediates are kept: it is the largest of them, and the memory it gives
            // back is what the contexts and the rendered text are then allocated in.
            releaseInBackground(consume root)
            clock.lap("model + $ref")
            var options = TranslationOptions(
                specFileName: fileName, access: config.access, clientTypeName: config.clientTypeName, layout: config.layout
            )
            options.imports = config.imports
            options.schemaNames = config.schemaNames
            options.propertyNames = config.propertyNames
            options.operationNames = config.operationNames
            options.types = config.types
            options.pagination = config.pagination
            // Templates that do not parse fail the render with located errors; until then, no locals.
            options.methodLocals = (try? config.templates.renderer())?.methodLocals ?? []
            let output = try produce(consume document, options, &diagnostics, &clock)
            return Staged(
                output: output, diagnostics: diagnostics.diagnostics.filter { $0.severity != .note }, timings: clock.timings,
                notes: diagnostics.diagnostics.filter { $0.severity == .note }
            )
        } catch {
            let warnings = diagnostics.diagnostics.filter { $0.severity == .warning }
            let errors = error.diagnostics.isEmpty ? diagnostics.errors : error.diagnostics
            throw DiagnosticError(warnings + errors)
        }
    }
}
