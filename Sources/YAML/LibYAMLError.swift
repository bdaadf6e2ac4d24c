// libyaml reports a failure as fields on the parser: a problem (C string) at a mark, and sometimes a
// context ("while parsing a block mapping") that says what it was in the middle of. Reader errors
// (bad encoding) have only a byte offset, so their line and column are worked out from the bytes.

internal import CLibYAML
import Diagnostics

enum LibYAMLError {
    static func diagnostic(for parser: yaml_parser_t, file: String, bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error("out of memory while parsing YAML", at: SourceLocation(file: file, line: 1, column: 1))
        case YAML_READER_ERROR:
            var message = problem
            if parser.problem_value != -1 {
                message += " (\(describe(value: parser.problem_value, isByte: problem.contains("octet"))))"
            }
            return .error(message, at: location(ofByte: parser.problem_offset, in: bytes, file: file))
        default:
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                message = "\(context): \(message)"
            }
            let mark = parser.problem_mark
            // At the end of input libyaml pretends a final line break, which puts the mark on a line
            // that may not exist; point just after the last character instead.
            let location = mark.index >= bytes.count
                ? Self.location(ofByte: bytes.count, in: bytes, file: file)
                : SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
            if problem == "found character that cannot start any token", mark.index < bytes.count, bytes[mark.index] == UInt8(ascii: "\t") {
                message += " (tabs cannot be used for indentation)"
            }
            return .error(message, at: location)
        }
    }

    /// libyaml's problem value is a raw byte for decoding errors and a code point otherwise.
    private static func describe(value: Int32, isByte: Bool) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        if isByte { return "byte 0x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex }
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset, counting a BOM as nothing.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes belong to the scalar already counted.
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
