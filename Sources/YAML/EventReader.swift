internal import CLibYAML
import Diagnostics

/// Runs libyaml over the input and copies each event (kind, position, scalar bytes, tag, anchor)
/// into batches, so nothing of libyaml is touched by the thread that builds the tree.
struct EventReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let file: String
    /// The nesting limit: once an event goes deeper, the tree builder stops on it, so reading stops
    /// there too (libyaml takes seconds over tens of thousands of open brackets).
    let maxDepth: Int

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
        var depth = 0
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                batch.failure = LibYAMLError.diagnostic(for: parser.pointee, file: file, bytes: buffer)
                queue.push(batch, last: true)
                return
            }
            let isEnd = event.type == YAML_STREAM_END_EVENT
            if !isEnd { batch.append(event) }
            switch event.type {
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT: depth += 1
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT: depth -= 1
            default: break
            }
            yaml_event_delete(&event)
            if isEnd || depth > maxDepth {
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
