internal import CLibYAML
import Diagnostics
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Limits that keep hostile documents from exhausting memory or time.
public struct ParseLimits: Sendable {
    /// Most nodes the tree may hold after aliases are expanded (an alias bomb stops here).
    public var maxNodes: Int = 5_000_000
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int = 512
    /// Largest document accepted, in bytes.
    public var maxBytes: Int = 256 * 1024 * 1024

    public init() {}
}

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
            throw TreeBuilder.error("the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes", at: start)
        }
        // libyaml asserts on a NULL input pointer, which an empty array may give.
        guard !bytes.isEmpty else { throw TreeBuilder.error("the file is empty", at: start) }

        return try bytes.withUnsafeBufferPointer { buffer throws(DiagnosticError) -> Node in
            var builder = EventConsumer(file: file, limits: limits)
            // Small documents are read and built on this thread. Larger ones overlap the two:
            // libyaml's events are copied into batches on another thread while this one builds the
            // tree from the batches already done.
            let reader = EventReader(buffer: buffer, file: file)
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

/// Runs libyaml over the input and copies each event (kind, position, scalar bytes, tag, anchor)
/// into batches, so nothing of libyaml is touched by the thread that builds the tree.
private struct EventReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let file: String

    /// Events per batch.
    static let batchSize = 4096

    func run(into queue: BatchQueue) {
        // The parser keeps a pointer to itself and to the input: both stay put for the whole loop.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            queue.finish(with: .error("could not initialize the YAML parser (out of memory)", at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)

        var batch = EventBatch(capacity: Self.batchSize)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                batch.failure = LibYAMLError.diagnostic(for: parser.pointee, file: file, bytes: buffer)
                queue.push(batch, last: true)
                return
            }
            let isEnd = event.type == YAML_STREAM_END_EVENT
            if !isEnd { batch.append(event) }
            yaml_event_delete(&event)
            if isEnd {
                queue.push(batch, last: true)
                return
            }
            if batch.events.count >= Self.batchSize {
                guard queue.push(batch, last: false) else { return }  // the builder gave up
                batch = EventBatch(capacity: Self.batchSize)
            }
        }
    }
}

/// Events copied out of libyaml: fixed-size records, with the text of scalars, tags and anchors in
/// one byte buffer.
struct EventBatch {
    enum Kind: UInt8 {
        case scalar, mappingStart, sequenceStart, collectionEnd, alias, documentStart
    }

    struct Event {
        var kind: Kind
        var style: Scalar.Style
        var line: Int32
        var column: Int32
        /// Byte ranges in `text`; a negative start means absent.
        var value: (start: Int32, count: Int32)
        var tag: (start: Int32, count: Int32)
        var anchor: (start: Int32, count: Int32)
    }

    var events: [Event] = []
    var text: [UInt8] = []
    /// libyaml's error, after the last event.
    var failure: Diagnostic?

    init(capacity: Int = 0) {
        events.reserveCapacity(capacity)
    }

    mutating func append(_ event: yaml_event_t) {
        let none: (Int32, Int32) = (-1, 0)
        var record = Event(
            kind: .documentStart, style: .plain,
            line: Int32(clamping: event.start_mark.line + 1), column: Int32(clamping: event.start_mark.column + 1),
            value: none, tag: none, anchor: none
        )
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            record.kind = .scalar
            record.style = Self.style(data.style)
            record.value = copy(data.value, count: data.length)
            record.tag = tag(data.tag)
            record.anchor = cString(data.anchor)
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            record.kind = isMapping ? .mappingStart : .sequenceStart
            record.tag = tag(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
            record.anchor = cString(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            record.kind = .collectionEnd
        case YAML_ALIAS_EVENT:
            record.kind = .alias
            record.anchor = cString(event.data.alias.anchor)
        case YAML_DOCUMENT_START_EVENT:
            record.kind = .documentStart
        default:
            // Stream start and document end carry nothing the tree needs.
            return
        }
        events.append(record)
    }

    private mutating func copy(_ pointer: UnsafePointer<yaml_char_t>?, count: Int) -> (Int32, Int32) {
        let start = Int32(text.count)
        if let pointer, count > 0 { text.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count)) }
        return (start, Int32(count))
    }

    private mutating func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> (Int32, Int32) {
        guard let pointer else { return (-1, 0) }
        return copy(pointer, count: strlen(pointer))
    }

    /// `!` alone is the non-specific tag: it only says "not a plain scalar" and names no type.
    private mutating func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> (Int32, Int32) {
        guard let pointer, !(pointer[0] == UInt8(ascii: "!") && pointer[1] == 0) else { return (-1, 0) }
        return cString(pointer)
    }

    func string(_ range: (start: Int32, count: Int32)) -> String? {
        guard range.start >= 0 else { return nil }
        return String(decoding: text[Int(range.start)..<Int(range.start + range.count)], as: UTF8.self)
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

/// Batches handed from the reading thread to the building one, in order.
final class BatchQueue: @unchecked Sendable {
    private let lock = DispatchQueue(label: "openapi-swift-gen.yaml-batches")
    private let available = DispatchSemaphore(value: 0)
    /// At most this many batches wait to be built, so a fast reader does not hold the whole
    /// document's events at once.
    private static let depth = 8
    /// Room for more batches; `nil` when the reader runs alone, before the building starts.
    private let free: DispatchSemaphore?

    /// `bounded`: the reader waits while `depth` batches are waiting to be built.
    init(bounded: Bool) {
        guard bounded else {
            free = nil
            return
        }
        // Created at zero and raised: libdispatch traps when a semaphore is freed below its
        // initial value, which happens here whenever the builder stops early.
        let free = DispatchSemaphore(value: 0)
        for _ in 0..<Self.depth { free.signal() }
        self.free = free
    }
    private var batches: [EventBatch] = []
    private var taken = 0
    /// The index of the batch that ends the stream, once pushed.
    private var lastIndex: Int?
    /// Touched only by the taking thread.
    private var tookLast = false
    private var cancelled = false

    /// Adds a batch; `false` when the builder has stopped and reading should too.
    @discardableResult
    func push(_ batch: EventBatch, last: Bool) -> Bool {
        // Waits for room; a builder that has stopped taking batches has cancelled.
        while let free, free.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if lock.sync(execute: { cancelled }) { return false }
        }
        let keepGoing = lock.sync { () -> Bool in
            batches.append(batch)
            if last { lastIndex = batches.count - 1 }
            return !cancelled
        }
        available.signal()
        return keepGoing
    }

    /// Ends the stream with only an error.
    func finish(with failure: Diagnostic) {
        var batch = EventBatch()
        batch.failure = failure
        push(batch, last: true)
    }

    /// The next batch, waiting for it; `nil` after the batch that ends the stream.
    func next() -> EventBatch? {
        guard !tookLast else { return nil }
        available.wait()
        return lock.sync { () -> EventBatch in
            var batch = EventBatch()
            swap(&batch, &batches[taken])
            tookLast = taken == lastIndex
            taken += 1
            free?.signal()
            return batch
        }
    }

    func cancel() {
        lock.sync { cancelled = true }
    }
}

/// Builds the tree from the batches, in order.
private struct EventConsumer {
    let file: String
    var builder: TreeBuilder
    var documents = 0
    var ended = false

    init(file: String, limits: ParseLimits) {
        self.file = file
        self.builder = TreeBuilder(limits: limits)
    }

    mutating func apply(_ batch: EventBatch) throws(DiagnosticError) {
        for event in batch.events {
            try handle(event, in: batch)
        }
        if let failure = batch.failure { throw DiagnosticError([failure]) }
    }

    private mutating func handle(_ event: EventBatch.Event, in batch: EventBatch) throws(DiagnosticError) {
        let location = SourceLocation(file: file, line: Int(event.line), column: Int(event.column))
        switch event.kind {
        case .scalar:
            try builder.scalar(batch.string(event.value) ?? "", style: event.style, tag: batch.string(event.tag), anchor: batch.string(event.anchor), at: location)
        case .mappingStart, .sequenceStart:
            try builder.startCollection(isMapping: event.kind == .mappingStart, tag: batch.string(event.tag), anchor: batch.string(event.anchor), at: location)
        case .collectionEnd:
            try builder.endCollection()
        case .alias:
            try builder.alias(batch.string(event.anchor) ?? "", at: location)
        case .documentStart:
            documents += 1
            if documents > 1 {
                throw TreeBuilder.error("more than one YAML document in the file; OpenAPI documents must be a single document", at: location)
            }
        }
    }

    func finish() throws(DiagnosticError) -> Node {
        guard let root = builder.root else {
            throw TreeBuilder.error("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return root
    }
}
