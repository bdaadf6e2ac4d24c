// A run of the tool on its settings: read the spec, run the pipeline, and format the diagnostics.
// The caller writes the files and prints the messages.

import Basics
import Diagnostics

/// What a successful run produced.
public struct RunOutput: Sendable {
    public var files: [GeneratedFile]
    /// Warnings, formatted as printed.
    public var messages: [String]
    /// How long reading the spec and each stage of the pipeline took.
    public var timings: [StageTiming]
    /// What the generated client declares (`generate` only; see `GenerationResult.surface`).
    public var surface: Surface?
}

extension RunSettings {
    /// Generates the client.
    public func generate() throws(RunError) -> RunOutput {
        try run { source, config throws(DiagnosticError) in
            try Generator.generate(spec: source.bytes, fileName: source.displayName, config: config, reader: source.reader(root: referenceRoot))
        }
    }

    /// The test file that decodes the spec's examples into the generated types of `moduleName`.
    public func exampleTests(moduleName: String) throws(RunError) -> RunOutput {
        try run { source, config throws(DiagnosticError) in
            try Generator.exampleTests(spec: source.bytes, fileName: source.displayName, moduleName: moduleName, config: config, reader: source.reader(root: referenceRoot))
        }
    }

    /// The template context of every generated file, as `<file>.json` files (see `contextsJSON`).
    public func templateContexts() throws(RunError) -> RunOutput {
        try run { source, config throws(DiagnosticError) in
            try Generator.templateContexts(spec: source.bytes, fileName: source.displayName, config: config, reader: source.reader(root: referenceRoot))
        }
    }

    /// The folder `$ref`s may read files in: `refRoot`, or the spec's folder.
    var referenceRoot: ReferenceRoot {
        ReferenceRoot(path: refRoot ?? SpecSource.folder(of: spec))
    }

    private func run(
        _ generate: (SpecSource, GeneratorConfig) throws(DiagnosticError) -> GenerationResult
    ) throws(RunError) -> RunOutput {
        let start = ContinuousClock.now
        let source = try SpecSource.read(spec)
        let read = StageTiming(stage: "read", since: start)
        do {
            let result = try generate(source, config)
            // Notes are one line each, without the source line: a list to read, not places to fix.
            let notes: [String] = verbose ? result.notes.map { note in
                var note = note
                if note.location?.file == source.displayName { note.location?.file = source.path }
                return note.description
            } : []
            return RunOutput(
                files: result.files, messages: source.messages(result.diagnostics) + notes, timings: [read] + result.timings,
                surface: result.surface
            )
        } catch {
            throw RunError(messages: source.messages(error.diagnostics))
        }
    }
}

extension RunOutput {
    /// The files of `templateContexts()` as one JSON object: generated file name → its context.
    public var contextsJSON: String {
        var text = "{\n"
        for (index, file) in files.enumerated() {
            let name = String(file.name.dropLast(".json".count))
            let body = file.contents.trimmed(newlines: true).replacingAll("\n", with: "\n  ")
            text += "  \"\(name)\": " + body + (index == files.count - 1 ? "\n" : ",\n")
        }
        return text + "}"
    }
}
