internal import CLibYAML
import Diagnostics

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

        // The parser keeps a pointer to itself and to the input: both must stay put for the whole
        // loop, hence the heap allocation and the closure around every call into libyaml.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw TreeBuilder.error("could not initialize the YAML parser (out of memory)", at: start)
        }
        defer { yaml_parser_delete(parser) }

        return try bytes.withUnsafeBufferPointer { buffer throws(DiagnosticError) -> Node in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var loop = EventLoop(parser: parser, file: file, bytes: buffer, limits: limits)
            return try loop.run()
        }
    }
}

/// One pass over libyaml's events, feeding a `TreeBuilder`.
private struct EventLoop {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let file: String
    let bytes: UnsafeBufferPointer<UInt8>
    var builder: TreeBuilder
    var documents = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, file: String, bytes: UnsafeBufferPointer<UInt8>, limits: ParseLimits) {
        self.parser = parser
        self.file = file
        self.bytes = bytes
        self.builder = TreeBuilder(limits: limits)
    }

    mutating func run() throws(DiagnosticError) -> Node {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw DiagnosticError([LibYAMLError.diagnostic(for: parser.pointee, file: file, bytes: bytes)])
            }
            // Runs at the end of each iteration, whether it continues, returns or throws.
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try handle(event)
        }
        guard let root = builder.root else {
            throw TreeBuilder.error("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return root
    }

    private mutating func handle(_ event: yaml_event_t) throws(DiagnosticError) {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            try builder.scalar(value, style: Self.style(data.style), tag: Self.tag(data.tag), anchor: Self.string(data.anchor), at: location(event.start_mark))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try builder.startCollection(isMapping: true, tag: Self.tag(data.tag), anchor: Self.string(data.anchor), at: location(event.start_mark))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try builder.startCollection(isMapping: false, tag: Self.tag(data.tag), anchor: Self.string(data.anchor), at: location(event.start_mark))
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            try builder.endCollection()
        case YAML_ALIAS_EVENT:
            try builder.alias(Self.string(event.data.alias.anchor) ?? "", at: location(event.start_mark))
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw TreeBuilder.error("more than one YAML document in the file; OpenAPI documents must be a single document", at: location(event.start_mark))
            }
        default:
            // Stream start and document end carry nothing the tree needs.
            break
        }
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// `!` alone is the non-specific tag: it only says "not a plain scalar" and names no type.
    private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer, !(pointer[0] == UInt8(ascii: "!") && pointer[1] == 0) else { return nil }
        return String(cString: pointer)
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
