import Diagnostics
import YAML

/// The JSON types a schema's `type` can name.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// A JSON Schema as OpenAPI uses it (3.0's dialect and 3.1's JSON Schema 2020-12 subset).
///
/// A schema is either a `$ref` (`ref` set; in 3.0 any sibling keywords are ignored, in 3.1 they are
/// kept) or an inline schema described by the other fields. It has value semantics; its fields
/// are kept in one shared box (see `Storage`).
public struct Schema: Sendable {
    /// The fields live in one reference-counted box, copied on the first change of a shared
    /// value: a schema is copied often (into flattened objects, unions, lookups) and copying the
    /// box is one retain instead of one per field. It also lets a schema contain itself.
    private final class Storage: @unchecked Sendable {
        var ref: Reference?
        var types: [JSONType] = []
        var nullable: Bool = false
        var format: String?
        var title: String?
        var description: String?
        var properties: OrderedMap<Schema> = OrderedMap()
        var required: [String] = []
        var additionalProperties: AdditionalProperties?
        var minProperties: Int?
        var maxProperties: Int?
        var items: Schema?
        var minItems: Int?
        var maxItems: Int?
        var uniqueItems: Bool = false
        var allOf: [Schema] = []
        var oneOf: [Schema] = []
        var anyOf: [Schema] = []
        var not: Schema?
        var discriminator: Discriminator?
        var enumValues: [Node]?
        var const: Node?
        var defaultValue: Node?
        var example: Node?
        var examples: [Node] = []
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        var minimum: Double?
        var maximum: Double?
        var exclusiveMinimum: Double?
        var exclusiveMaximum: Double?
        var multipleOf: Double?
        var readOnly: Bool = false
        var writeOnly: Bool = false
        var deprecated: Bool = false
        var extensions: Extensions = []
        var location: SourceLocation

        init(location: SourceLocation) {
            self.location = location
        }

        /// A copy with the same field values (the fields themselves are values).
        func copy() -> Storage {
            let copy = Storage(location: location)
            copy.ref = ref
            copy.types = types
            copy.nullable = nullable
            copy.format = format
            copy.title = title
            copy.description = description
            copy.properties = properties
            copy.required = required
            copy.additionalProperties = additionalProperties
            copy.minProperties = minProperties
            copy.maxProperties = maxProperties
            copy.items = items
            copy.minItems = minItems
            copy.maxItems = maxItems
            copy.uniqueItems = uniqueItems
            copy.allOf = allOf
            copy.oneOf = oneOf
            copy.anyOf = anyOf
            copy.not = not
            copy.discriminator = discriminator
            copy.enumValues = enumValues
            copy.const = const
            copy.defaultValue = defaultValue
            copy.example = example
            copy.examples = examples
            copy.minLength = minLength
            copy.maxLength = maxLength
            copy.pattern = pattern
            copy.minimum = minimum
            copy.maximum = maximum
            copy.exclusiveMinimum = exclusiveMinimum
            copy.exclusiveMaximum = exclusiveMaximum
            copy.multipleOf = multipleOf
            copy.readOnly = readOnly
            copy.writeOnly = writeOnly
            copy.deprecated = deprecated
            copy.extensions = extensions
            return copy
        }
    }

    private var storage: Storage

    /// The box, copied first when another schema shares it.
    private var uniqueStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// An empty schema (`{}`: any value) at a location; decoding fills in the fields.
    public init(location: SourceLocation) {
        storage = Storage(location: location)
    }

    public var ref: Reference? {
        get { storage.ref }
        _modify { yield &uniqueStorage.ref }
    }

    /// The types from `type` (a string, or 3.1's array). Empty when `type` is absent. `null` is
    /// never in this list: it is folded into `nullable`.
    public var types: [JSONType] {
        get { storage.types }
        _modify { yield &uniqueStorage.types }
    }

    /// `nullable: true` (3.0), `null` in a 3.1 type array, or a `type: 'null'` branch.
    public var nullable: Bool {
        get { storage.nullable }
        _modify { yield &uniqueStorage.nullable }
    }

    public var format: String? {
        get { storage.format }
        _modify { yield &uniqueStorage.format }
    }

    public var title: String? {
        get { storage.title }
        _modify { yield &uniqueStorage.title }
    }

    public var description: String? {
        get { storage.description }
        _modify { yield &uniqueStorage.description }
    }

    /// Object keywords.
    public var properties: OrderedMap<Schema> {
        get { storage.properties }
        _modify { yield &uniqueStorage.properties }
    }

    public var required: [String] {
        get { storage.required }
        _modify { yield &uniqueStorage.required }
    }

    public var additionalProperties: AdditionalProperties? {
        get { storage.additionalProperties }
        _modify { yield &uniqueStorage.additionalProperties }
    }

    public var minProperties: Int? {
        get { storage.minProperties }
        _modify { yield &uniqueStorage.minProperties }
    }

    public var maxProperties: Int? {
        get { storage.maxProperties }
        _modify { yield &uniqueStorage.maxProperties }
    }

    /// Array keywords.
    public var items: Schema? {
        get { storage.items }
        _modify { yield &uniqueStorage.items }
    }

    public var minItems: Int? {
        get { storage.minItems }
        _modify { yield &uniqueStorage.minItems }
    }

    public var maxItems: Int? {
        get { storage.maxItems }
        _modify { yield &uniqueStorage.maxItems }
    }

    public var uniqueItems: Bool {
        get { storage.uniqueItems }
        _modify { yield &uniqueStorage.uniqueItems }
    }

    /// Composition.
    public var allOf: [Schema] {
        get { storage.allOf }
        _modify { yield &uniqueStorage.allOf }
    }

    public var oneOf: [Schema] {
        get { storage.oneOf }
        _modify { yield &uniqueStorage.oneOf }
    }

    public var anyOf: [Schema] {
        get { storage.anyOf }
        _modify { yield &uniqueStorage.anyOf }
    }

    public var not: Schema? {
        get { storage.not }
        _modify { yield &uniqueStorage.not }
    }

    public var discriminator: Discriminator? {
        get { storage.discriminator }
        _modify { yield &uniqueStorage.discriminator }
    }

    /// Values.
    public var enumValues: [Node]? {
        get { storage.enumValues }
        _modify { yield &uniqueStorage.enumValues }
    }

    public var const: Node? {
        get { storage.const }
        _modify { yield &uniqueStorage.const }
    }

    public var defaultValue: Node? {
        get { storage.defaultValue }
        _modify { yield &uniqueStorage.defaultValue }
    }

    public var example: Node? {
        get { storage.example }
        _modify { yield &uniqueStorage.example }
    }

    /// 3.1 `examples` (an array of values).
    public var examples: [Node] {
        get { storage.examples }
        _modify { yield &uniqueStorage.examples }
    }

    /// String constraints.
    public var minLength: Int? {
        get { storage.minLength }
        _modify { yield &uniqueStorage.minLength }
    }

    public var maxLength: Int? {
        get { storage.maxLength }
        _modify { yield &uniqueStorage.maxLength }
    }

    public var pattern: String? {
        get { storage.pattern }
        _modify { yield &uniqueStorage.pattern }
    }

    /// Number constraints. 3.0's boolean `exclusiveMinimum: true` is folded in: the bound moves to
    /// `exclusiveMinimum` and `minimum` is cleared (likewise for the maximum).
    public var minimum: Double? {
        get { storage.minimum }
        _modify { yield &uniqueStorage.minimum }
    }

    public var maximum: Double? {
        get { storage.maximum }
        _modify { yield &uniqueStorage.maximum }
    }

    public var exclusiveMinimum: Double? {
        get { storage.exclusiveMinimum }
        _modify { yield &uniqueStorage.exclusiveMinimum }
    }

    public var exclusiveMaximum: Double? {
        get { storage.exclusiveMaximum }
        _modify { yield &uniqueStorage.exclusiveMaximum }
    }

    public var multipleOf: Double? {
        get { storage.multipleOf }
        _modify { yield &uniqueStorage.multipleOf }
    }

    public var readOnly: Bool {
        get { storage.readOnly }
        _modify { yield &uniqueStorage.readOnly }
    }

    public var writeOnly: Bool {
        get { storage.writeOnly }
        _modify { yield &uniqueStorage.writeOnly }
    }

    public var deprecated: Bool {
        get { storage.deprecated }
        _modify { yield &uniqueStorage.deprecated }
    }

    public var extensions: Extensions {
        get { storage.extensions }
        _modify { yield &uniqueStorage.extensions }
    }

    public var location: SourceLocation {
        get { storage.location }
        _modify { yield &uniqueStorage.location }
    }
}

public indirect enum AdditionalProperties: Sendable {
    case allowed(Bool)
    case schema(Schema)
}

public struct Discriminator: Sendable {
    public var propertyName: String
    /// Discriminator value → `$ref` (or bare schema name, as the spec allows), in document order.
    public var mapping: [(value: String, target: Reference)]
    public var location: SourceLocation

    public init(propertyName: String, mapping: [(value: String, target: Reference)], location: SourceLocation) {
        self.propertyName = propertyName
        self.mapping = mapping
        self.location = location
    }
}
