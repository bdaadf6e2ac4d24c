import Diagnostics
import YAML

/// The JSON types a schema's `type` can name.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// A JSON Schema as OpenAPI uses it (3.0's dialect and 3.1's JSON Schema 2020-12 subset).
///
/// A schema is either a `$ref` (`ref` set; in 3.0 any sibling keywords are ignored, in 3.1 they are
/// kept) or an inline schema described by the other fields. Subschemas are stored through `Boxed`
/// so the value type can nest.
public struct Schema: Sendable {
    public var ref: Reference?
    /// The types from `type` (a string, or 3.1's array). Empty when `type` is absent. `null` is
    /// never in this list: it is folded into `nullable`.
    public var types: [JSONType]
    /// `nullable: true` (3.0), `null` in a 3.1 type array, or a `type: 'null'` branch.
    public var nullable: Bool
    public var format: String?
    public var title: String?
    public var description: String?

    /// Object keywords.
    public var properties: OrderedMap<Schema>
    public var required: [String]
    public var additionalProperties: AdditionalProperties?
    public var minProperties: Int?
    public var maxProperties: Int?

    /// Array keywords.
    @Boxed public var items: Schema?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool

    /// Composition.
    public var allOf: [Schema]
    public var oneOf: [Schema]
    public var anyOf: [Schema]
    @Boxed public var not: Schema?
    public var discriminator: Discriminator?

    /// Values.
    public var enumValues: [Node]?
    public var const: Node?
    public var defaultValue: Node?
    public var example: Node?
    /// 3.1 `examples` (an array of values).
    public var examples: [Node]

    /// String constraints.
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?

    /// Number constraints. 3.0's boolean `exclusiveMinimum: true` is folded in: the bound moves to
    /// `exclusiveMinimum` and `minimum` is cleared (likewise for the maximum).
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?

    public var readOnly: Bool
    public var writeOnly: Bool
    public var deprecated: Bool
    public var extensions: Extensions
    public var location: SourceLocation

    /// An empty schema (`{}`: any value) at a location; decoding fills in the fields.
    public init(location: SourceLocation) {
        self.ref = nil
        self.types = []
        self.nullable = false
        self.properties = OrderedMap()
        self.required = []
        self.uniqueItems = false
        self.allOf = []
        self.oneOf = []
        self.anyOf = []
        self.examples = []
        self.readOnly = false
        self.writeOnly = false
        self.deprecated = false
        self.extensions = []
        self.location = location
        self._items = Boxed(wrappedValue: nil)
        self._not = Boxed(wrappedValue: nil)
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

/// Stores an optional value out of line so a struct can contain itself (`Schema.items`). An absent
/// value takes no allocation: most schemas have no `items` and no `not`.
@propertyWrapper
public struct Boxed<Wrapped: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private var storage: Storage?

    public init(wrappedValue: Wrapped?) {
        storage = wrappedValue.map(Storage.init)
    }

    public var wrappedValue: Wrapped? {
        get { storage?.value }
        set { storage = newValue.map(Storage.init) }
    }
}
