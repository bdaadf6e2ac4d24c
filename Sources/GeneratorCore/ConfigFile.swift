// The configuration file, `openapi-swift-gen.yaml`: read with the project's own YAML layer, checked
// key by key with located errors. `ConfigFile.keys` is the one list of settings: the command-line
// flags, the README's table and the checks here all follow it.

import Basics
import Diagnostics
import YAML

/// The settings a configuration file may hold. Every one is also a command-line flag, and a flag
/// given on the command line wins over the file.
public struct ConfigFile: Sendable, Equatable {
    public var spec: String?
    public var output: String?
    public var access: String?
    public var clientName: String?
    public var shards: Int?
    public var templates: String?
    public var imports: [String] = []
    public var tags: [String] = []
    public var operations: [String] = []
    public var paths: [String] = []
    public var schemaNames: [String: String] = [:]
    public var propertyNames: [String: String] = [:]
    public var operationNames: [String: String] = [:]
    public var types: [String: String] = [:]

    public init() {}

    /// The file the tool reads from the working directory when `--config` is not given.
    public static let defaultFileName = "openapi-swift-gen.yaml"

    /// One setting: its key in the file, the flag that sets it, the kind of value and what it does.
    public struct Key: Sendable {
        public var name: String
        public var flag: String
        public var value: String
        public var defaultValue: String
        public var summary: String
    }

    /// Every setting, in the order the README lists them.
    public static let keys: [Key] = [
        Key(name: "spec", flag: "SPEC (argument)", value: "path", defaultValue: "`spec/swagger.yaml`",
            summary: "The OpenAPI document. Paths in the file are relative to the file's folder; on the command line, to the working directory."),
        Key(name: "output", flag: "--output", value: "path", defaultValue: "`Sources/FireblocksConnectedAccounts`",
            summary: "The folder the Swift files go to."),
        Key(name: "access", flag: "--access", value: "`public`, `package` or `internal`", defaultValue: "`public`",
            summary: "The access modifier of generated declarations."),
        Key(name: "clientName", flag: "--client-name", value: "Swift type name", defaultValue: "`Client`",
            summary: "The name of the client type."),
        Key(name: "shards", flag: "--shards", value: "1 to 64", defaultValue: "`1`",
            summary: "Output layout: 1 writes `Models.swift` and `Operations.swift`; N > 1 spreads models and operations over `Part1.swift`…`PartN.swift`."),
        Key(name: "templates", flag: "--templates", value: "path", defaultValue: "none",
            summary: "A folder of `.mustache` files that replace built-in templates of the same name."),
        Key(name: "imports", flag: "--import", value: "list of module names", defaultValue: "none",
            summary: "Modules every generated file imports as well, e.g. for the types of the `types` setting."),
        Key(name: "filter.tags", flag: "--tag", value: "list of tags", defaultValue: "all",
            summary: "Generate only the operations with one of these tags (and the components they use)."),
        Key(name: "filter.operations", flag: "--operation", value: "list of operationIds", defaultValue: "all",
            summary: "Generate only these operations."),
        Key(name: "filter.paths", flag: "--path", value: "list of path templates", defaultValue: "all",
            summary: "Generate only the operations of these paths (`/pets/{petId}`)."),
        Key(name: "names.schemas", flag: "--schema-name Schema=SwiftName", value: "map", defaultValue: "none",
            summary: "Swift type names for component schemas."),
        Key(name: "names.properties", flag: "--property-name Schema.property=swiftName", value: "map", defaultValue: "none",
            summary: "Swift names for properties of component schemas."),
        Key(name: "names.operations", flag: "--operation-name operationId=methodName", value: "map", defaultValue: "none",
            summary: "Swift method names for operations."),
        Key(name: "types", flag: "--type Schema=SwiftType", value: "map", defaultValue: "none",
            summary: "Use an existing type for a component schema instead of generating one (`Foundation.Decimal`, a type of your own); it must be `Codable`, `Hashable` and `Sendable`."),
    ]

    /// Reads a configuration file. Unknown keys and values of the wrong kind are errors located in
    /// the file; an unknown key close to a known one gets a "did you mean".
    public static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> ConfigFile {
        // A file with nothing but comments sets nothing.
        let text = String(decoding: bytes, as: UTF8.self)
        if text.split(separator: "\n").allSatisfy({ $0.allSatisfy(\.isWhitespace) || $0.drop { $0 == " " }.hasPrefix("#") }) {
            return ConfigFile()
        }
        let root = try YAMLParser.parse(bytes, file: file)
        var reader = Reader()
        let config = reader.read(root)
        guard reader.errors.isEmpty else { throw DiagnosticError(reader.errors) }
        return config
    }

    private struct Reader {
        var errors: [Diagnostic] = []

        mutating func read(_ root: Node) -> ConfigFile {
            var config = ConfigFile()
            if root.isNull { return config }
            guard let pairs = mapping(root, "the configuration") else { return config }
            for pair in pairs {
                guard let key = pair.key.string else {
                    fail("a configuration key must be a string", at: pair.key)
                    continue
                }
                let value = pair.value
                switch key {
                case "spec": config.spec = string(value, key)
                case "output": config.output = string(value, key)
                case "access":
                    if let access = string(value, key) {
                        if ["public", "package", "internal"].contains(access) {
                            config.access = access
                        } else {
                            fail("'access' must be public, package or internal, not '\(access)'", at: value)
                        }
                    }
                case "clientName": config.clientName = identifier(value, key)
                case "shards":
                    if let shards = value.int, value.scalar != nil, (1...64).contains(shards) {
                        config.shards = shards
                    } else {
                        fail("'shards' must be a whole number from 1 to 64", at: value)
                    }
                case "templates": config.templates = string(value, key)
                case "imports": config.imports = strings(value, key)
                case "filter":
                    for entry in mapping(value, "'filter'") ?? [] {
                        switch entry.key.string {
                        case "tags": config.tags = strings(entry.value, "filter.tags")
                        case "operations": config.operations = strings(entry.value, "filter.operations")
                        case "paths": config.paths = strings(entry.value, "filter.paths")
                        default: unknown(entry.key, in: "filter", known: ["tags", "operations", "paths"])
                        }
                    }
                case "names":
                    for entry in mapping(value, "'names'") ?? [] {
                        switch entry.key.string {
                        case "schemas": config.schemaNames = names(entry.value, "names.schemas", type: true)
                        case "properties": config.propertyNames = names(entry.value, "names.properties", type: false)
                        case "operations": config.operationNames = names(entry.value, "names.operations", type: false)
                        default: unknown(entry.key, in: "names", known: ["schemas", "properties", "operations"])
                        }
                    }
                case "types": config.types = map(value, "types")
                default:
                    unknown(pair.key, in: nil, known: ConfigFile.keys.map { String($0.name.prefix { $0 != "." }) })
                }
            }
            return config
        }

        mutating func fail(_ message: String, at node: Node) {
            errors.append(.error(message, at: node.location))
        }

        mutating func unknown(_ key: Node, in section: String?, known: [String]) {
            let name = key.text ?? key.kindDescription
            var message = section.map { "unknown key '\(name)' in '\($0)'" } ?? "unknown configuration key '\(name)'"
            if let suggestion = NameSuggestion.closest(to: name, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                var seen = Set<String>()
                message += " (known keys: " + known.filter { seen.insert($0).inserted }.joined(separator: ", ") + ")"
            }
            fail(message, at: key)
        }

        mutating func mapping(_ node: Node, _ what: String) -> [Pair]? {
            guard let pairs = node.pairs else {
                fail("\(what) must be a mapping, not \(node.kindDescription)", at: node)
                return nil
            }
            return pairs
        }

        mutating func string(_ node: Node, _ key: String) -> String? {
            guard node.scalar != nil, !node.isNull, let text = node.text, !text.isEmpty else {
                fail("'\(key)' must be a non-empty string", at: node)
                return nil
            }
            return text
        }

        mutating func identifier(_ node: Node, _ key: String) -> String? {
            guard let text = string(node, key) else { return nil }
            guard isIdentifier(text) else {
                fail("'\(key)' must be a Swift identifier, not '\(text)'", at: node)
                return nil
            }
            return text
        }

        mutating func strings(_ node: Node, _ key: String) -> [String] {
            guard let items = node.items else {
                fail("'\(key)' must be a list of strings, not \(node.kindDescription)", at: node)
                return []
            }
            return items.compactMap { string($0, key) }
        }

        mutating func map(_ node: Node, _ key: String) -> [String: String] {
            var result: [String: String] = [:]
            for pair in mapping(node, "'\(key)'") ?? [] {
                guard let name = pair.key.text, let value = string(pair.value, "\(key).\(name)") else { continue }
                result[name] = value
            }
            return result
        }

        /// A map whose values must be Swift identifiers (type names start with an uppercase letter).
        mutating func names(_ node: Node, _ key: String, type: Bool) -> [String: String] {
            var result: [String: String] = [:]
            for pair in mapping(node, "'\(key)'") ?? [] {
                guard let name = pair.key.text, let value = identifier(pair.value, "\(key).\(name)") else { continue }
                if type, value.first?.isUppercase != true {
                    fail("'\(key).\(name)' must be a type name starting with an uppercase letter, not '\(value)'", at: pair.value)
                    continue
                }
                result[name] = value
            }
            return result
        }
    }

    /// A plain Swift identifier (letters, digits, `_`; not starting with a digit).
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }
}

/// Reads the one spelling flags use for map entries: `key=value`.
public enum FlagPair {
    public static func parse(_ text: String) -> (key: String, value: String)? {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        let value = String(text[text.index(after: equals)...])
        return value.isEmpty ? nil : (String(text[..<equals]), value)
    }
}
