// The settings of a run, as the configuration file `openapi-swift-gen.yaml` and the command line
// give them. `ConfigFile.keys` is the one table of settings: the command-line flags and their help,
// the README's table, the file's reader, the flags' checks and how the two combine all follow it.

import OpenAPIModel
import Translation
import YAML

/// The settings a configuration file or the command line may hold. Every one is both a key of the
/// file and a command-line flag, and a flag given on the command line wins over the file.
public struct ConfigFile: Sendable, Equatable {
    public var spec: String?
    public var output: String?
    public var refRoot: String?
    public var access: String?
    public var clientName: String?
    public var layout: String?
    public var templates: String?
    public var imports: [String] = []
    public var tags: [String] = []
    public var operations: [String] = []
    public var paths: [String] = []
    public var schemaNames: [String: String] = [:]
    public var propertyNames: [String: String] = [:]
    public var operationNames: [String: String] = [:]
    public var types: [String: String] = [:]
    /// operationId → `cursor,next,items` (the names the spec uses) or `false`.
    public var pagination: [String: String] = [:]
    public var maxNesting: Int?
    public var maxNodes: Int?
    public var maxAliasNodes: Int?
    public var maxDocumentMiB: Int?
    public var maxReferenceDepth: Int?
    public var maxFiles: Int?
    public var strict: Bool?

    public init() {}

    /// The file the tool reads from the working directory when `--config` is not given.
    public static let defaultFileName = "openapi-swift-gen.yaml"

    /// Every setting, in the order the README lists them.
    public static let keys: [Key] = [
        Key(name: "spec", flag: "SPEC (argument)", rule: .path, defaultValue: RunSettings.defaultSpecDescription,
            summary: "The OpenAPI document. Paths in the file are relative to the file's folder; on the command line, to the working directory.",
            field: .text(\.spec)),
        Key(name: "output", flag: "--output", rule: .path, defaultValue: "`\(RunSettings.defaultOutput)`",
            summary: "The folder the Swift files go to.", field: .text(\.output)),
        Key(name: "refRoot", flag: "--ref-root", rule: .path, defaultValue: "the spec's folder",
            summary: "The folder the files `$ref`s point to must lie in (after resolving `..` and symlinks); a reference outside it is an error and is not read. Widen it for a spec whose references reach a sibling folder (`../common/…`).",
            field: .text(\.refRoot)),
        Key(name: "access", flag: "--access", rule: .oneOf(["public", "package", "internal"]), defaultValue: "`public`",
            summary: "The access modifier of generated declarations.", field: .text(\.access)),
        Key(name: "clientName", flag: "--client-name", rule: .identifier, value: "Swift type name", defaultValue: "`Client`",
            summary: "The name of the client type.", field: .text(\.clientName)),
        Key(name: "layout", flag: "--layout", rule: .oneOf(["auto"] + OutputLayout.allCases.map(\.rawValue)), defaultValue: "`auto`",
            summary: "The files models and operations go to: `single` writes `Models.swift` and `Operations.swift`; `letters` writes `A.swift`…`Z.swift` and `Other.swift`, all of them, empty or not: the models by the first letter of the type name, and the operations by the first letter of the method's second word (`getVaultAccounts` → `V.swift`); `auto` is `letters` from 250 component schemas and operations (after `filter`), else `single`.",
            field: .text(\.layout)),
        Key(name: "templates", flag: "--templates", rule: .path, defaultValue: "none",
            summary: "A folder of `.mustache` files that replace built-in templates of the same name.", field: .text(\.templates)),
        Key(name: "imports", flag: "--import", rule: .text, value: "list of module names", defaultValue: "none",
            summary: "Modules every generated file imports as well, e.g. for the types of the `types` setting.", field: .list(\.imports)),
        Key(name: "filter.tags", flag: "--tag", rule: .text, value: "list of tags", defaultValue: "all",
            summary: "Generate only the operations with one of these tags (and the components they use).", field: .list(\.tags)),
        Key(name: "filter.operations", flag: "--operation", rule: .text, value: "list of operationIds", defaultValue: "all",
            summary: "Generate only these operations.", field: .list(\.operations)),
        Key(name: "filter.paths", flag: "--path", rule: .text, value: "list of path templates", defaultValue: "all",
            summary: "Generate only the operations of these paths (`/pets/{petId}`).", field: .list(\.paths)),
        Key(name: "names.schemas", flag: "--schema-name Schema=SwiftName", rule: .typeName, value: "map", defaultValue: "none",
            summary: "Swift type names for component schemas.", field: .map(\.schemaNames)),
        Key(name: "names.properties", flag: "--property-name Schema.property=swiftName", rule: .identifier, value: "map", defaultValue: "none",
            summary: "Swift names for properties of component schemas.", field: .map(\.propertyNames)),
        Key(name: "names.operations", flag: "--operation-name operationId=methodName", rule: .identifier, value: "map", defaultValue: "none",
            summary: "Swift method names for operations.", field: .map(\.operationNames)),
        Key(name: "types", flag: "--type Schema=SwiftType", rule: .text, value: "map", defaultValue: "none",
            summary: "Use an existing type for a component schema instead of generating one (`Foundation.Decimal`, a type of your own); it must be `Codable`, `Hashable` and `Sendable`.",
            field: .map(\.types)),
        Key(name: "pagination", flag: "--pagination operationId=cursor,next,items", rule: .fields(["cursor", "next", "items"]), value: "map",
            defaultValue: "detected",
            summary: "Cursor pagination of an operation, over what is detected: the cursor query parameter, the response property holding the next page's cursor (`paging.next`) and the array of items, or `false` for none. In the file an entry is a mapping `{cursor: …, next: …, items: …}` or `false`.",
            field: .map(\.pagination)),
        // Limits on what a spec may make the tool do. Each maximum is one the tool is tested at.
        Key(name: "limits.nesting", flag: "--max-nesting", rule: .wholeNumber(1...Limits.nesting), defaultValue: "`\(ParseLimits().maxDepth)`",
            summary: "How deep mappings and sequences may nest in the spec and the files it refers to.", field: .number(\.maxNesting)),
        Key(name: "limits.nodes", flag: "--max-nodes", rule: .wholeNumber(1...Limits.nodes), defaultValue: "`\(ParseLimits().maxNodes)`",
            summary: "How many YAML nodes a file may hold, counting every copy an alias makes.", field: .number(\.maxNodes)),
        Key(name: "limits.aliasNodes", flag: "--max-alias-nodes", rule: .wholeNumber(1...Limits.nodes), defaultValue: "`\(ParseLimits().maxAliasNodes)`",
            summary: "How many YAML nodes the aliases of a file may add (an alias bomb stops here).", field: .number(\.maxAliasNodes)),
        Key(name: "limits.documentMiB", flag: "--max-document-mib", rule: .wholeNumber(1...Limits.documentMiB),
            defaultValue: "`\(ParseLimits().maxBytes >> 20)`", summary: "The largest spec file, or file it refers to, in MiB.",
            field: .number(\.maxDocumentMiB)),
        Key(name: "limits.referenceDepth", flag: "--max-ref-depth", rule: .wholeNumber(1...Limits.referenceDepth),
            defaultValue: "`\(DocumentLimits().maxReferenceDepth)`",
            summary: "How many component schemas a chain of `$ref`s and `allOf`/`oneOf`/`anyOf` members may pass through.",
            field: .number(\.maxReferenceDepth)),
        Key(name: "limits.files", flag: "--max-ref-files", rule: .wholeNumber(1...Limits.files), defaultValue: "`\(DocumentLimits().maxFiles)`",
            summary: "How many other files the spec's `$ref`s may read.", field: .number(\.maxFiles)),
        Key(name: "strict", flag: "--strict", rule: .boolean, defaultValue: "`false`",
            summary: "Refuse a spec with a flaw that otherwise generates with a warning: an `info` without `version`, a `description` that is not a string, a `$ref` to a schema the spec does not define, a path parameter missing from its path.",
            field: .flag(\.strict)),
    ]

    /// The highest value each limit may be raised to: the tool is tested at these (a deeper nesting
    /// or reference chain could exhaust a thread's stack).
    public enum Limits {
        public static let nesting = 10_000
        public static let nodes = 100_000_000
        public static let documentMiB = 1024
        public static let referenceDepth = 1000
        public static let files = 100_000
    }

    /// One setting: its key in the file, the flag that sets it, the rule its values follow and what
    /// it does.
    public struct Key: Sendable {
        /// The key in the file; `filter.tags` is `tags` inside `filter`.
        public var name: String
        /// The flag as the README shows it, with the form of a map entry (`--type Schema=SwiftType`).
        public var flag: String
        /// What a value (each item of a list, each value of a map) must be.
        public var rule: Rule
        /// The README's description of the value.
        public var value: String
        public var defaultValue: String
        public var summary: String
        let field: Field

        init(name: String, flag: String, rule: Rule, value: String? = nil, defaultValue: String, summary: String, field: Field) {
            self.name = name
            self.flag = flag
            self.rule = rule
            self.value = value ?? rule.valueDescription
            self.defaultValue = defaultValue
            self.summary = summary
            self.field = field
        }

        /// The flag alone (`--type`), or `SPEC` for the argument: how command-line messages name it.
        public var flagName: String {
            let name = String(flag.prefix { $0 != " " })
            return name.hasPrefix("-") ? name : name.uppercased()
        }

        /// Whether the setting is one value, a list or a map.
        public var shape: Shape {
            switch field {
            case .text, .number, .flag: .single
            case .list: .list
            case .map: .map
            }
        }
    }

    /// How a setting is written: one value; a list of values (a repeated flag); or a map of values
    /// (`key=value` flags, a mapping in the file).
    public enum Shape: Sendable {
        case single, list, map
    }

    /// Where a setting's values are stored.
    enum Field: Sendable {
        case text(WritableKeyPath<ConfigFile, String?> & Sendable)
        case number(WritableKeyPath<ConfigFile, Int?> & Sendable)
        /// On or off: a flag without a value on the command line, `true` or `false` in the file.
        case flag(WritableKeyPath<ConfigFile, Bool?> & Sendable)
        case list(WritableKeyPath<ConfigFile, [String]> & Sendable)
        case map(WritableKeyPath<ConfigFile, [String: String]> & Sendable)
    }

    /// A plain Swift identifier (letters, digits, `_`; not starting with a digit).
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }
}

/// Reads the one spelling flags use for map entries: `key=value` (the value may be empty; the
/// setting's rule decides whether it may).
public enum FlagPair {
    public static func parse(_ text: String) -> (key: String, value: String)? {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}
