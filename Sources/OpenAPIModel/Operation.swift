import Diagnostics
import YAML

public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}

/// A path template (`/pets/{id}`) and what it serves.
public struct PathEntry: Sendable {
    public var path: String
    public var item: PathItem
    /// Location of the path key.
    public var location: SourceLocation

    public init(path: String, item: PathItem, location: SourceLocation) {
        self.path = path
        self.item = item
        self.location = location
    }
}

public struct PathItem: Sendable {
    public var summary: String?
    public var description: String?
    /// Parameters shared by every operation of the path (an operation's own parameter with the same
    /// name and location replaces one of these).
    public var parameters: [Referenceable<Parameter>]
    /// Operations in document order.
    public var operations: [Operation]
    public var servers: [Server]
    public var location: SourceLocation

    public init(summary: String?, description: String?, parameters: [Referenceable<Parameter>], operations: [Operation], servers: [Server], location: SourceLocation) {
        self.summary = summary
        self.description = description
        self.parameters = parameters
        self.operations = operations
        self.servers = servers
        self.location = location
    }
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var operationId: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var parameters: [Referenceable<Parameter>]
    public var requestBody: Referenceable<RequestBody>?
    /// Responses in document order, keyed by status (`200`, `2XX`, `default`).
    public var responses: [ResponseEntry]
    public var deprecated: Bool
    /// Operation-level security; `nil` when absent (the document's applies).
    public var security: [SecurityRequirement]?
    public var servers: [Server]
    /// Names of callbacks (recorded, not generated).
    public var callbacks: [String]
    public var extensions: Extensions
    /// Location of the method key (`get:`).
    public var location: SourceLocation

    public init(
        method: HTTPMethod, operationId: String?, summary: String?, description: String?, tags: [String],
        parameters: [Referenceable<Parameter>], requestBody: Referenceable<RequestBody>?, responses: [ResponseEntry],
        deprecated: Bool, security: [SecurityRequirement]?, servers: [Server], callbacks: [String],
        extensions: Extensions, location: SourceLocation
    ) {
        self.method = method
        self.operationId = operationId
        self.summary = summary
        self.description = description
        self.tags = tags
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.deprecated = deprecated
        self.security = security
        self.servers = servers
        self.callbacks = callbacks
        self.extensions = extensions
        self.location = location
    }
}

/// A response's status key.
public enum StatusKey: Sendable, Hashable {
    /// A single status code, e.g. 200.
    case code(Int)
    /// A range, e.g. `2XX` is `.range(2)`.
    case range(Int)
    case `default`

    public var isSuccess: Bool {
        switch self {
        case .code(let code): return (200..<300).contains(code)
        case .range(let first): return first == 2
        case .default: return false
        }
    }
}

public struct ResponseEntry: Sendable {
    public var status: StatusKey
    public var response: Referenceable<Response>
    /// Location of the status key.
    public var location: SourceLocation

    public init(status: StatusKey, response: Referenceable<Response>, location: SourceLocation) {
        self.status = status
        self.response = response
        self.location = location
    }
}

public struct Response: Sendable {
    public var description: String?
    /// Response headers in document order (`Content-Type` is ignored, as the spec says).
    public var headers: OrderedMap<Referenceable<Header>>
    /// Media types in document order.
    public var content: OrderedMap<MediaType>
    public var links: [String]
    public var location: SourceLocation

    public init(description: String?, headers: OrderedMap<Referenceable<Header>>, content: OrderedMap<MediaType>, links: [String], location: SourceLocation) {
        self.description = description
        self.headers = headers
        self.content = content
        self.links = links
        self.location = location
    }
}

public struct RequestBody: Sendable {
    public var description: String?
    public var content: OrderedMap<MediaType>
    public var required: Bool
    public var location: SourceLocation

    public init(description: String?, content: OrderedMap<MediaType>, required: Bool, location: SourceLocation) {
        self.description = description
        self.content = content
        self.required = required
        self.location = location
    }
}

public struct MediaType: Sendable {
    public var schema: Schema?
    public var example: Node?
    public var examples: OrderedMap<Referenceable<Example>>
    /// `encoding`: how each property of a multipart or form body is sent, by property name.
    public var encoding: OrderedMap<PropertyEncoding>
    public var location: SourceLocation

    public init(
        schema: Schema?, example: Node?, examples: OrderedMap<Referenceable<Example>>,
        encoding: OrderedMap<PropertyEncoding> = OrderedMap(), location: SourceLocation
    ) {
        self.schema = schema
        self.example = example
        self.examples = examples
        self.encoding = encoding
        self.location = location
    }
}

/// An Encoding Object: how one property of a multipart or form body is sent.
public struct PropertyEncoding: Sendable {
    /// `contentType`: the part's media type, or a comma-separated list of those it may have.
    public var contentType: String?
    public var location: SourceLocation

    public init(contentType: String?, location: SourceLocation) {
        self.contentType = contentType
        self.location = location
    }
}

public enum ParameterLocation: String, Sendable, Hashable {
    case path, query, header, cookie
}

public struct Parameter: Sendable {
    public enum Style: String, Sendable, Hashable {
        case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    }

    public var name: String
    public var location: ParameterLocation
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    /// As written; `nil` means the default for the location (form for query/cookie, simple otherwise).
    public var style: Style?
    /// As written; `nil` means the default (true for form, false otherwise).
    public var explode: Bool?
    public var allowReserved: Bool
    /// The schema; `nil` when the parameter uses `content` instead.
    public var schema: Schema?
    public var content: OrderedMap<MediaType>
    public var example: Node?
    public var extensions: Extensions
    public var sourceLocation: SourceLocation

    public init(
        name: String, location: ParameterLocation, description: String?, required: Bool, deprecated: Bool,
        allowEmptyValue: Bool, style: Style?, explode: Bool?, allowReserved: Bool, schema: Schema?,
        content: OrderedMap<MediaType>, example: Node?, extensions: Extensions, sourceLocation: SourceLocation
    ) {
        self.name = name
        self.location = location
        self.description = description
        self.required = required
        self.deprecated = deprecated
        self.allowEmptyValue = allowEmptyValue
        self.style = style
        self.explode = explode
        self.allowReserved = allowReserved
        self.schema = schema
        self.content = content
        self.example = example
        self.extensions = extensions
        self.sourceLocation = sourceLocation
    }

    /// The style in effect (the written one or the location's default).
    public var effectiveStyle: Style {
        style ?? ((location == .query || location == .cookie) ? .form : .simple)
    }

    /// Whether arrays/objects explode (the written value or the style's default).
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }
}

public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var schema: Schema?
    public var location: SourceLocation

    public init(description: String?, required: Bool, deprecated: Bool, schema: Schema?, location: SourceLocation) {
        self.description = description
        self.required = required
        self.deprecated = deprecated
        self.schema = schema
        self.location = location
    }
}
