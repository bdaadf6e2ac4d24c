#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Translation

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
        var lines = ["{"]
        lines.append("\"version\": \(Self.fileVersion),")
        lines.append("\"clientName\": \(Self.quoted(clientName)),")
        lines.append("\"servers\": \(Self.json(servers)),")
        lines.append("\"credentials\": \(Self.json(credentials)),")
        lines.append("\"operations\": [")
        for (index, operation) in operations.enumerated() {
            lines.append(operation.json + (index == operations.count - 1 ? "" : ","))
        }
        lines.append("],")
        lines.append("\"types\": [")
        for (index, type) in types.enumerated() {
            lines.append(type.json + (index == types.count - 1 ? "" : ","))
        }
        lines.append("]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
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

    static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    static func json(_ members: [Member]) -> String {
        "[" + members.map { "{\"name\": \(quoted($0.name)), \"value\": \(quoted($0.value))}" }.joined(separator: ", ") + "]"
    }

    static func json(_ texts: [String]) -> String {
        "[" + texts.map(quoted).joined(separator: ", ") + "]"
    }
}

extension OperationSurface {
    var json: String {
        let parameters = self.parameters.map { parameter in
            "{\"label\": \(Surface.quoted(parameter.label)), \"type\": \(Surface.quoted(parameter.type)), "
                + "\"isOptional\": \(parameter.isOptional), \"location\": \(Surface.quoted(parameter.location)), "
                + "\"constraints\": \(Surface.json(parameter.constraints))}"
        }
        return "{\"methodName\": \(Surface.quoted(methodName)), \"route\": \(Surface.quoted(route)), "
            + "\"parameters\": [\(parameters.joined(separator: ", "))], \"output\": \(Surface.quoted(output)), "
            + "\"responses\": \(Surface.json(responses)), \"headers\": \(Surface.json(headers)), "
            + "\"failureBody\": \(Surface.quoted(failureBody)), \"security\": \(Surface.json(security)), "
            + "\"deprecated\": \(deprecated)}"
    }
}

extension TypeSurface {
    var json: String {
        "{\"name\": \(Surface.quoted(name)), \"kind\": \(Surface.quoted(kind.rawValue)), "
            + "\"members\": \(Surface.json(members)), \"defaults\": \(Surface.json(defaults)), "
            + "\"requiredMembers\": \(Surface.json(requiredMembers.sorted())), \"detail\": \(Surface.quoted(detail)), "
            + "\"deprecated\": \(deprecated)}"
    }
}
