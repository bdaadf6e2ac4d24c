// The parser's entry point: one document's bytes in, one `Node` tree out. Reading libyaml's events
// and building the tree overlap on two threads for large documents.

import Diagnostics
import Dispatch

/// Parses YAML 1.1 (and JSON) text with libyaml into a `Node` tree.
public enum YAMLParser {
    /// Parses exactly one document.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8, with or without a BOM).
    ///   - file: the name used in diagnostics.
    /// - Throws: `DiagnosticError` with located errors: syntax errors (libyaml's problem in words),
    ///   more than one document, duplicate keys, undefined aliases, exceeded limits.
    public static func parse(_ bytes: [UInt8], file: String, limits: ParseLimits = ParseLimits()) throws(DiagnosticError) -> Node {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= limits.maxBytes else {
            throw TreeBuilder.error(limits.message("the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes", .bytes), at: start)
        }
        // libyaml asserts on a NULL input pointer, which an empty array may give.
        guard !bytes.isEmpty else { throw TreeBuilder.error("the file is empty", at: start) }

        return try bytes.withUnsafeBufferPointer { buffer throws(DiagnosticError) -> Node in
            var builder = EventConsumer(file: file, limits: limits)
            // Small documents are read and built on this thread. Larger ones overlap the two:
            // libyaml's events are copied into batches on another thread while this one builds the
            // tree from the batches already done.
            let reader = EventReader(buffer: buffer, file: file, maxDepth: limits.maxDepth)
            guard buffer.count >= Self.pipelineThreshold else {
                let batches = BatchQueue(bounded: false)
                reader.run(into: batches)
                while let batch = batches.next() {
                    try builder.apply(batch)
                }
                return try builder.finish()
            }
            let batches = BatchQueue(bounded: true)
            let done = DispatchGroup()
            nonisolated(unsafe) let sharedReader = reader
            DispatchQueue.global().async(group: done) {
                sharedReader.run(into: batches)
            }
            // Whatever happens here, the reader stops and finishes before the buffer goes away.
            defer {
                batches.cancel()
                done.wait()
            }
            while let batch = batches.next() {
                try builder.apply(batch)
            }
            return try builder.finish()
        }
    }

    /// Documents at least this large (bytes) are read on a second thread.
    static let pipelineThreshold = 64 * 1024
}
