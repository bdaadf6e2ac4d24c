#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// A surface kept beside the generated code (`.openapi-swift-gen-surface.json`), so that `check` can
// say what a stale folder's client would change: the committed surface is the old one. Written by
// hand, one operation or type per line (it is reviewed in diffs with the code, and written on every
// run, where an encoder's cost would show); read with `JSONDecoder`, whose keys are the properties'
// names, as `Decodable` synthesizes them.

extension Surface {
    /// The version of the file's layout: a file of another version is not read (it is rewritten by
    /// the next `generate`).
    public static let fileVersion = 1

    /// The surface as the file holds it.
    public var json: String {
        // Written as bytes, in place: the file is a quarter of the spec's size, and appending to a
        // string (which checks its storage on every call) made it the slowest step after rendering.
        var output = JSONBytes()
        output += "{\n\"version\": "
        output.bytes += String(Self.fileVersion).utf8
        output += ",\n\"clientName\": "
        output.appendQuoted(clientName)
        output += ",\n\"servers\": "
        Self.write(servers, into: &output)
        output += ",\n\"credentials\": "
        Self.write(credentials, into: &output)
        output += ",\n\"operations\": [\n"
        for (index, operation) in operations.enumerated() {
            operation.write(into: &output)
            output += index == operations.count - 1 ? "\n" : ",\n"
        }
        output += "],\n\"types\": [\n"
        for (index, type) in types.enumerated() {
            type.write(into: &output)
            output += index == types.count - 1 ? "\n" : ",\n"
        }
        output += "]\n}\n"
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Reads a surface the way `json` writes it.
    /// - Returns: `nil` when the bytes are not such a file, or one of another version.
    public init?(json: [UInt8]) {
        struct Versioned: Decodable { var version: Int }
        let data = Data(json)
        guard let versioned = try? JSONDecoder().decode(Versioned.self, from: data), versioned.version == Self.fileVersion,
              let surface = try? JSONDecoder().decode(Surface.self, from: data)
        else { return nil }
        self = surface
    }

    /// Appends `"key": ` and the text as a JSON string.
    static func write(_ key: StaticString, _ text: String, into output: inout JSONBytes) {
        output += "\""
        output += key
        output += "\": "
        output.appendQuoted(text)
    }

    static func write(_ members: [Member], into output: inout JSONBytes) {
        output += "["
        for (index, member) in members.enumerated() {
            output += index == 0 ? "{" : ", {"
            write("name", member.name, into: &output)
            output += ", "
            write("value", member.value, into: &output)
            output += "}"
        }
        output += "]"
    }

    static func write(_ texts: [String], into output: inout JSONBytes) {
        output += "["
        for (index, text) in texts.enumerated() {
            if index > 0 { output += ", " }
            output.appendQuoted(text)
        }
        output += "]"
    }
}

extension OperationSurface {
    func write(into output: inout JSONBytes) {
        output += "{"
        Surface.write("methodName", methodName, into: &output)
        output += ", "
        Surface.write("route", route, into: &output)
        output += ", \"parameters\": ["
        for (index, parameter) in parameters.enumerated() {
            output += index == 0 ? "{" : ", {"
            Surface.write("label", parameter.label, into: &output)
            output += ", "
            Surface.write("type", parameter.type, into: &output)
            output += parameter.isOptional ? ", \"isOptional\": true, " : ", \"isOptional\": false, "
            Surface.write("location", parameter.location, into: &output)
            output += ", \"constraints\": "
            Surface.write(parameter.constraints, into: &output)
            output += "}"
        }
        output += "], "
        Surface.write("output", self.output, into: &output)
        output += ", \"responses\": "
        Surface.write(responses, into: &output)
        output += ", \"headers\": "
        Surface.write(headers, into: &output)
        output += ", "
        Surface.write("failureBody", failureBody, into: &output)
        output += ", \"security\": "
        Surface.write(security, into: &output)
        output += deprecated ? ", \"deprecated\": true}" : ", \"deprecated\": false}"
    }
}

extension TypeSurface {
    func write(into output: inout JSONBytes) {
        output += "{"
        Surface.write("name", name, into: &output)
        output += ", "
        Surface.write("kind", kind.rawValue, into: &output)
        output += ", \"members\": "
        Surface.write(members, into: &output)
        output += ", \"defaults\": "
        Surface.write(defaults, into: &output)
        output += ", \"requiredMembers\": "
        Surface.write(requiredMembers.sorted(), into: &output)
        output += ", "
        Surface.write("detail", detail, into: &output)
        output += deprecated ? ", \"deprecated\": true}" : ", \"deprecated\": false}"
    }
}

/// JSON text as UTF-8 bytes. Strings are escaped as `JSONText` escapes them.
struct JSONBytes {
    var bytes: [UInt8] = []

    static func += (output: inout JSONBytes, text: StaticString) {
        text.withUTF8Buffer { output.bytes.append(contentsOf: $0) }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Most strings need no escape at all: copied whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes += text.utf8
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): self += "\\\""
            case UInt8(ascii: "\\"): self += "\\\\"
            case UInt8(ascii: "\n"): self += "\\n"
            case UInt8(ascii: "\r"): self += "\\r"
            case UInt8(ascii: "\t"): self += "\\t"
            case ..<0x20:
                let hex = String(byte, radix: 16)
                self += "\\u"
                bytes += String(repeating: "0", count: 4 - hex.utf8.count).utf8
                bytes += hex.utf8
            default: bytes.append(byte)
            }
        }
    }
}
