import Diagnostics

/// Builds the tree from the batches, in order.
struct EventConsumer {
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
