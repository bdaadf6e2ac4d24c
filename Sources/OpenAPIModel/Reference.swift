import Diagnostics

/// The kinds of reusable components (`#/components/<kind>/<name>`).
public enum ComponentKind: String, Sendable, Hashable, CaseIterable {
    case schemas
    case responses
    case parameters
    case examples
    case requestBodies
    case headers
    case securitySchemes
    case links
    case callbacks
    case pathItems

    /// "a schema", "a response"… for error messages.
    public var singular: String {
        switch self {
        case .schemas: return "a schema"
        case .responses: return "a response"
        case .parameters: return "a parameter"
        case .examples: return "an example"
        case .requestBodies: return "a request body"
        case .headers: return "a header"
        case .securitySchemes: return "a security scheme"
        case .links: return "a link"
        case .callbacks: return "a callback"
        case .pathItems: return "a path item"
        }
    }
}

/// A `$ref` as written, with the location of the `$ref` value, and the component it points at.
public struct Reference: Sendable, Hashable {
    /// The text of the `$ref`, e.g. `#/components/schemas/Pet`.
    public var ref: String
    public var location: SourceLocation
    /// The component it points at (kind and name, JSON-pointer unescaped). Set for every local
    /// component reference; validation guarantees the component exists and has the expected kind.
    public var component: ComponentKind
    public var name: String

    public init(ref: String, location: SourceLocation, component: ComponentKind, name: String) {
        self.ref = ref
        self.location = location
        self.component = component
        self.name = name
    }
}

/// A value that is either written inline or a `$ref` to a component of the same kind.
public enum Referenceable<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)
}
