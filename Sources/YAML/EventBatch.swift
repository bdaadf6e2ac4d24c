internal import CLibYAML
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
