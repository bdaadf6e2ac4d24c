import ArgumentParser
import Diagnostics
import Foundation
import GeneratorCore
import Rendering

/// Reads the spec, runs the generator and prints its diagnostics.
enum Pipeline {
    static func run(_ options: SpecOptions) throws -> [GeneratedFile] {
        let url = URL(fileURLWithPath: options.spec)
        let displayName = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: options.spec) else {
            Console.error("error: cannot read '\(options.spec)'")
            throw ExitCode(1)
        }
        let bytes = [UInt8](data)
        var config = GeneratorConfig()
        config.access = options.access
        config.filter.tags = options.tags
        config.filter.operationIds = options.operationIds
        config.filter.paths = options.paths
        do {
            let result = try Generator.generate(spec: bytes, fileName: displayName, config: config)
            report(result.diagnostics, source: bytes, specPath: options.spec, displayName: displayName)
            return result.files
        } catch {
            report(error.diagnostics, source: bytes, specPath: options.spec, displayName: displayName)
            throw ExitCode(1)
        }
    }

    /// Prints diagnostics with the spec's path as the user gave it, the source line and a caret.
    static func report(_ diagnostics: [Diagnostic], source: [UInt8], specPath: String, displayName: String) {
        guard !diagnostics.isEmpty else { return }
        let lines = SourceLines(String(decoding: source, as: UTF8.self))
        for var diagnostic in diagnostics {
            let inSpec = diagnostic.location?.file == displayName
            if inSpec { diagnostic.location?.file = specPath }
            Console.error(diagnostic.rendered(source: inSpec ? lines : nil))
        }
    }
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func info(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
