import Diagnostics
import YAML

/// Named values in document order, with lookup by name.
public struct OrderedMap<Value: Sendable>: Sendable, RandomAccessCollection {
    public struct Entry: Sendable {
        public var name: String
        public var value: Value
        /// Location of the entry's key.
        public var location: SourceLocation

        public init(name: String, value: Value, location: SourceLocation) {
            self.name = name
            self.value = value
            self.location = location
        }
    }

    public private(set) var entries: [Entry] = []
    private var indexByName: [String: Int] = [:]

    public init() {}

    /// Adds an entry; returns `false` (and keeps the first) if the name is already there.
    @discardableResult
    public mutating func append(_ name: String, _ value: Value, at location: SourceLocation) -> Bool {
        guard indexByName[name] == nil else { return false }
        indexByName[name] = entries.count
        entries.append(Entry(name: name, value: value, location: location))
        return true
    }

    public subscript(name: String) -> Value? {
        indexByName[name].map { entries[$0].value }
    }

    public func entry(named name: String) -> Entry? {
        indexByName[name].map { entries[$0] }
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Entry { entries[position] }
}

public struct Components: Sendable {
    public var schemas = OrderedMap<Schema>()
    public var responses = OrderedMap<Referenceable<Response>>()
    public var parameters = OrderedMap<Referenceable<Parameter>>()
    public var examples = OrderedMap<Referenceable<Example>>()
    public var requestBodies = OrderedMap<Referenceable<RequestBody>>()
    public var headers = OrderedMap<Referenceable<Header>>()
    public var securitySchemes = OrderedMap<Referenceable<SecurityScheme>>()
    /// Links and callbacks are recorded by name only (not generated).
    public var links: [String] = []
    public var callbacks: [String] = []
    public var pathItems = OrderedMap<PathItem>()
    /// For each component bundled from another file, where it came from (`schemas/pet.yaml#/Pet`,
    /// or `schemas/Pet.yaml` for a whole file), by kind and name. Empty for one-file documents.
    public var origins: [ComponentKind: [String: String]] = [:]

    public init() {}
}

public struct Example: Sendable {
    public var summary: String?
    public var description: String?
    /// The `value`, as a raw node (any JSON).
    public var value: Node?
    public var externalValue: String?
    public var location: SourceLocation

    public init(summary: String?, description: String?, value: Node?, externalValue: String?, location: SourceLocation) {
        self.summary = summary
        self.description = description
        self.value = value
        self.externalValue = externalValue
        self.location = location
    }
}

public struct SecurityScheme: Sendable {
    public enum Kind: String, Sendable {
        case apiKey
        case http
        case mutualTLS
        case oauth2
        case openIdConnect
    }

    public var kind: Kind
    public var description: String?
    /// apiKey: the header/query/cookie name and where it goes.
    public var name: String?
    public var location: ParameterLocation?
    /// http: `bearer`, `basic`…
    public var scheme: String?
    public var bearerFormat: String?
    public var sourceLocation: SourceLocation

    public init(kind: Kind, description: String?, name: String?, location: ParameterLocation?, scheme: String?, bearerFormat: String?, sourceLocation: SourceLocation) {
        self.kind = kind
        self.description = description
        self.name = name
        self.location = location
        self.scheme = scheme
        self.bearerFormat = bearerFormat
        self.sourceLocation = sourceLocation
    }
}
