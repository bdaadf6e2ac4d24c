// The checks the fuzzers and the fuzzing regression tests run: each feeds arbitrary bytes to one
// stage of the pipeline and accepts any outcome except a crash, a trap or a hang.

import Diagnostics
import GeneratorCore
import OpenAPIModel
import YAML

/// One entry point per fuzzed stage. Every function returns normally for every input: a thrown
/// `DiagnosticError` is the expected answer to a bad document, so it is swallowed after checking
/// that it holds an error and that its messages print.
public enum FuzzChecks {
    /// The name the root document has in diagnostics.
    static let rootFile = "openapi.yaml"

    /// Parses the bytes as one YAML document.
    ///
    /// - Parameter bytes: any bytes.
    public static func yaml(_ bytes: [UInt8]) {
        do {
            _ = try YAMLParser.parse(bytes, file: rootFile)
        } catch {
            check(error, files: FuzzInput(root: bytes))
        }
    }

    /// Decodes the bytes as a document, resolving `$ref`s across the files the input carries (see
    /// `FuzzInput`), then narrows it with filters built from its own paths and tags.
    ///
    /// - Parameter bytes: any bytes; lines `#%file NAME` start further files.
    public static func model(_ bytes: [UInt8]) {
        let input = FuzzInput(bytes)
        var diagnostics = DiagnosticCollector()
        do {
            let root = try YAMLParser.parse(input.root, file: rootFile)
            let document = try Document.decode(root, file: rootFile, reader: input.reader, diagnostics: &diagnostics)
            for filter in filters(for: document) {
                do {
                    _ = try document.filtered(by: filter)
                } catch {
                    check(error, files: input)
                }
            }
        } catch {
            check(error, files: input)
        }
        for diagnostic in diagnostics.diagnostics { _ = input.rendered(diagnostic) }
    }

    /// Runs the whole generator (parse, decode, translate, render) on the bytes.
    ///
    /// - Parameter bytes: any bytes; lines `#%file NAME` start further files.
    public static func generate(_ bytes: [UInt8]) {
        let input = FuzzInput(bytes)
        do {
            let result = try Generator.generate(spec: input.root, fileName: rootFile, reader: input.reader)
            for diagnostic in result.diagnostics { _ = input.rendered(diagnostic) }
        } catch {
            check(error, files: input)
        }
    }

    /// `UnsafeRawBufferPointer` forms, for `LLVMFuzzerTestOneInput`.
    public static func yaml(_ buffer: UnsafeRawBufferPointer) { yaml(Array(buffer)) }
    public static func model(_ buffer: UnsafeRawBufferPointer) { model(Array(buffer)) }
    public static func generate(_ buffer: UnsafeRawBufferPointer) { generate(Array(buffer)) }

    /// Filters that keep some of the document (its first path, the last operation's tags) and one
    /// that keeps nothing (an error with a suggestion).
    static func filters(for document: Document) -> [OperationFilter] {
        var filters = [OperationFilter(tags: ["pets"])]
        if let first = document.paths.first {
            filters.append(OperationFilter(paths: [first.path]))
        }
        if let last = document.paths.last?.item.operations.last {
            filters.append(OperationFilter(tags: last.tags, operationIds: last.operationId.map { [$0] } ?? []))
        }
        return filters
    }

    /// A thrown error must say what is wrong: at least one error, every message printable with
    /// its source line.
    static func check(_ error: DiagnosticError, files: FuzzInput) {
        precondition(
            error.diagnostics.contains { $0.severity == .error },
            "a DiagnosticError without an error: \(error.diagnostics)"
        )
        for diagnostic in error.diagnostics { _ = files.rendered(diagnostic) }
    }
}
