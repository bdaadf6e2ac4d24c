import Diagnostics
import YAML

/// The JSON types a schema's `type` can name.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// A JSON Schema as OpenAPI uses it (3.0's dialect and 3.1's JSON Schema 2020-12 subset).
///
/// A schema is either a `$ref` (`ref` set; in 3.0 any sibling keywords are ignored, in 3.1 they are
/// kept) or an inline schema described by the other fields. It has value semantics; its keywords
/// are the stored properties of `Fields`, read and written by name (`schema.properties`).
@dynamicMemberLookup
public struct Schema: Sendable {
    /// A schema's keywords: the one list of them. `Schema` keeps them in a shared box and reaches
    /// each through `subscript(dynamicMember:)`.
    public struct Fields: Sendable {
        /// `$ref`: the schema this one stands for.
        public var ref: Reference?
        /// The types from `type` (a string, or 3.1's array). Empty when `type` is absent. `null` is
        /// never in this list: it is folded into `nullable`.
        public var types: [JSONType] = []
        /// `nullable: true` (3.0), `null` in a 3.1 type array, or a `type: 'null'` branch.
        public var nullable: Bool = false
        public var format: String?
        /// 3.1's `contentMediaType`: the media type of a string's content (a file's, for a
        /// multipart part).
        public var contentMediaType: String?
        public var title: String?
        public var description: String?

        // Object keywords.
        public var properties: OrderedMap<Schema> = OrderedMap()
        public var required: [String] = []
        /// `additionalProperties`: `true`/`false`, or the schema of the values.
        public var additionalProperties: AdditionalProperties?
        public var minProperties: Int?
        public var maxProperties: Int?

        // Array keywords.
        public var items: Schema?
        public var minItems: Int?
        public var maxItems: Int?
        public var uniqueItems: Bool = false

        // Composition.
        public var allOf: [Schema] = []
        public var oneOf: [Schema] = []
        public var anyOf: [Schema] = []
        public var not: Schema?
        public var discriminator: Discriminator?

        // Values.
        /// `enum`; `nil` when absent.
        public var enumValues: [Node]?
        /// 3.1 `const`.
        public var const: Node?
        /// `default`.
        public var defaultValue: Node?
        public var example: Node?
        /// 3.1 `examples` (an array of values).
        public var examples: [Node] = []

        // String constraints.
        public var minLength: Int?
        public var maxLength: Int?
        public var pattern: String?
        /// Where the `pattern` text is, for diagnostics about it.
        public var patternLocation: SourceLocation?

        /// Number constraints. 3.0's boolean `exclusiveMinimum: true` is folded in: the bound moves to
        /// `exclusiveMinimum` and `minimum` is cleared (likewise for the maximum).
        public var minimum: Double?
        public var maximum: Double?
        public var exclusiveMinimum: Double?
        public var exclusiveMaximum: Double?
        public var multipleOf: Double?

        public var readOnly: Bool = false
        public var writeOnly: Bool = false
        public var deprecated: Bool = false
        /// The `x-` keys, in document order.
        public var extensions: Extensions = []
        /// Where the schema starts in its file.
        public var location: SourceLocation

        init(location: SourceLocation) {
            self.location = location
        }
    }

    /// The fields live in one reference-counted box, copied on the first change of a shared
    /// value: a schema is copied often (into flattened objects, unions, lookups) and copying the
    /// box is one retain instead of one per field. It also lets a schema contain itself.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields

        @usableFromInline
        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    @usableFromInline var storage: Storage

    /// An empty schema (`{}`: any value) at a location; decoding fills in the fields.
    public init(location: SourceLocation) {
        storage = Storage(Fields(location: location))
    }

    /// A keyword by name (`schema.properties`), the box copied first when a change would be seen
    /// by another schema sharing it. Inlinable so that callers in other modules reach the field
    /// directly instead of projecting a key path at run time.
    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields[keyPath: field]
        }
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
