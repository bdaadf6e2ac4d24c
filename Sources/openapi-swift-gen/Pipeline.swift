import ArgumentParser
import Diagnostics
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GeneratorCore
import OpenAPIModel
import Rendering

/// Reads the spec, runs the generator and prints its diagnostics.
enum Pipeline {
    static func run(_ options: Settings) throws -> [GeneratedFile] {
        try runTimed(options).files
    }

    /// The files, and how long reading the spec and each stage of the generator took.
    static func runTimed(_ options: Settings) throws -> (files: [GeneratedFile], timings: [StageTiming]) {
        try run(options) { bytes, name, config, reader throws(DiagnosticError) in
            try Generator.generate(spec: bytes, fileName: name, config: config, reader: reader)
        }
    }

    static func runContexts(_ options: Settings) throws -> [GeneratedFile] {
        try run(options) { bytes, name, config, reader throws(DiagnosticError) in
            try Generator.templateContexts(spec: bytes, fileName: name, config: config, reader: reader)
        }.files
    }

    static func runExamples(_ options: Settings, moduleName: String) throws -> [GeneratedFile] {
        try run(options) { bytes, name, config, reader throws(DiagnosticError) in
            try Generator.exampleTests(spec: bytes, fileName: name, moduleName: moduleName, config: config, reader: reader)
        }.files
    }

    private static func run(
        _ options: Settings,
        _ generate: ([UInt8], String, GeneratorConfig, @escaping SpecFileReader) throws(DiagnosticError) -> GenerationResult
    ) throws -> (files: [GeneratedFile], timings: [StageTiming]) {
        let start = ContinuousClock.now
        let url = URL(fileURLWithPath: options.spec)
        let displayName = url.lastPathComponent
        guard let bytes = SystemFiles.bytes(atPath: options.spec) else {
            Console.print("error: cannot read '\(options.spec)'")
            throw ExitCode(1)
        }
        let read = StageTiming(stage: "read", since: start)
        let config = options.config
        let folder = specFolder(options.spec)
        // Files that `$ref`s point to, relative to the spec's folder (never fetched from a URL:
        // remote references are rejected before a path gets here).
        let reader: SpecFileReader = { path in
            guard let bytes = SystemFiles.bytes(atPath: folder + path) else {
                throw CocoaError(.fileReadNoSuchFile)
            }
            return bytes
        }
        do {
            let result = try generate(bytes, displayName, config, reader)
            report(result.diagnostics, source: bytes, specPath: options.spec, displayName: displayName)
            return (result.files, [read] + result.timings)
        } catch {
            report(error.diagnostics, source: bytes, specPath: options.spec, displayName: displayName)
            throw ExitCode(1)
        }
    }

    /// Prints stage times: one line per stage, then the total.
    static func printTimings(_ timings: [StageTiming]) {
        for timing in timings {
            let stage = timing.stage + String(repeating: " ", count: max(0, 14 - timing.stage.count))
            Console.print("timing: " + stage + Console.milliseconds(timing.seconds))
        }
        Console.print("timing: total         " + Console.milliseconds(timings.reduce(0) { $0 + $1.seconds }))
    }

    /// Prints diagnostics with the spec's path as the user gave it, the source line and a caret.
    static func report(_ diagnostics: [Diagnostic], source: [UInt8], specPath: String, displayName: String) {
        guard !diagnostics.isEmpty else { return }
        let lines = SourceLines(bytes: source)
        // Other files' diagnostics are located by path relative to the spec's folder.
        var otherFiles: [String: SourceLines?] = [:]
        for var diagnostic in diagnostics {
            guard let file = diagnostic.location?.file else {
                Console.print(diagnostic.rendered(source: SourceLines?.none))
                continue
            }
            if file == displayName {
                diagnostic.location?.file = specPath
                Console.print(diagnostic.rendered(source: lines))
                continue
            }
            let path = specFolder(specPath) + file
            if otherFiles[path] == nil {
                otherFiles[path] = FileManager.default.contents(atPath: path).map { SourceLines(bytes: [UInt8]($0)) }
            }
            diagnostic.location?.file = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            Console.print(diagnostic.rendered(source: otherFiles[path] ?? nil))
        }
    }

    /// The folder of the spec with a trailing `/` (`./` for a spec in the working directory).
    static func specFolder(_ specPath: String) -> String {
        guard let slash = specPath.lastIndex(of: "/") else { return "./" }
        return String(specPath[...slash])
    }
}
