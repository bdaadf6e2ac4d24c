import Diagnostics
import Foundation
import Rendering
import Testing

/// A JSON value from the Mustache spec suite, as the engine's contexts see it.
///
/// The engine knows only text, flags, lists and objects, so numbers become their text here
/// (`85` → "85", `1.21` → "1.21"), as the spec's expected output writes them.
enum SpecValue: Sendable, Decodable {
    case null
    case flag(Bool)
    case text(String)
    case list([SpecValue])
    case object([String: SpecValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let integer = try? container.decode(Int.self) {
            self = .text(String(integer))
        } else if let number = try? container.decode(Double.self) {
            self = .text(String(number))
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([SpecValue].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: SpecValue].self))
        }
    }
}

extension SpecValue: TemplateElement, TemplateObject {
    /// A `null` is falsy; as a list element (which cannot be absent) it is `false`.
    var templateValue: TemplateValue {
        switch self {
        case .null: .flag(false)
        case .flag(let flag): .flag(flag)
        case .text(let text): .text(text)
        case .list(let list): .list(list)
        case .object: .object(self)
        }
    }

    /// A key whose value is `null` counts as missing, as the engine's own contexts report absent values.
    func value(forKey key: String) -> TemplateValue? {
        guard case .object(let members) = self, let value = members[key] else { return nil }
        if case .null = value { return nil }
        return value.templateValue
    }
}

/// One test of the suite: `template` rendered over `data`, with `partials` by name, gives `expected`.
struct MustacheSpecCase: Sendable, Decodable, CustomTestStringConvertible {
    /// The file the case comes from, without `.json` (`interpolation`, `~inheritance`).
    var module = ""
    var name: String
    var desc: String
    var data: SpecValue
    var template: String
    var expected: String
    var partials: [String: String]?

    private enum CodingKeys: String, CodingKey {
        case name, desc, data, template, expected, partials
    }

    var testDescription: String { "\(module): \(name)" }

    /// The template rendered through the engine.
    func render() throws(DiagnosticError) -> String {
        var templates: [String: Template] = [:]
        for (name, source) in partials ?? [:] {
            templates[name] = try Template(source, name: name)
        }
        return try Template(template, name: "template").render(data.templateValue, templates: templates)
    }
}

/// The suite's files: one module each, the cases under `tests`.
enum MustacheSpecFiles {
    private struct File: Decodable {
        var tests: [MustacheSpecCase]
    }

    /// `MUSTACHE_SPEC_DIR`, or the `MustacheSpec` folder beside this file (see its README.md).
    static let folder: String = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MustacheSpec").path

    /// Whether the suite is in `folder` (its core module, at least).
    static var arePresent: Bool {
        FileManager.default.fileExists(atPath: folder + "/interpolation.json")
    }

    /// The cases of `module`, in the file's order.
    static func cases(of module: String) throws -> [MustacheSpecCase] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + module + ".json"))
        return try JSONDecoder().decode(File.self, from: data).tests.map { specCase in
            var specCase = specCase
            specCase.module = module
            return specCase
        }
    }
}
