// The OpenAPI model: a typed view of an OpenAPI 3.0/3.1 document decoded from YAML nodes. Every
// value keeps the location it came from, so any later stage can report a located error.

import Diagnostics
import YAML

/// A decoded, validated OpenAPI document. `$ref`s are kept as written (so generated names can
/// follow component names) and are guaranteed to resolve: `Document.decode` reports every
/// unresolved, wrong-kind or cyclic reference as a located error.
public struct Document: Sendable {
    /// The `openapi` field, e.g. `3.0.0` or `3.1.0`.
    public var openapi: String
    /// `true` for 3.1.x documents (type arrays, `const`, numeric `exclusiveMinimum`…).
    public var isVersion31: Bool
    public var info: Info
    public var servers: [Server]
    /// Paths in document order.
    public var paths: [PathEntry]
    public var components: Components
    /// Top-level security requirements; `nil` when absent, `[]` for `security: []`.
    public var security: [SecurityRequirement]?
    public var tags: [TagObject]
    /// Names of top-level `webhooks` (recorded, not generated).
    public var webhooks: [String]
    public var extensions: Extensions
    /// The file the document was read from, as given (used in diagnostics and file headers).
    public var file: String
    public var location: SourceLocation

    public init(
        openapi: String, isVersion31: Bool, info: Info, servers: [Server], paths: [PathEntry],
        components: Components, security: [SecurityRequirement]?, tags: [TagObject], webhooks: [String],
        extensions: Extensions, file: String, location: SourceLocation
    ) {
        self.openapi = openapi
        self.isVersion31 = isVersion31
        self.info = info
        self.servers = servers
        self.paths = paths
        self.components = components
        self.security = security
        self.tags = tags
        self.webhooks = webhooks
        self.extensions = extensions
        self.file = file
        self.location = location
    }
}

/// `x-` extensions, in document order, as raw nodes.
public typealias Extensions = [Pair]

public struct Info: Sendable {
    public var title: String
    public var summary: String?
    public var description: String?
    /// The API's version; empty when the document leaves it out (a flaw `Document.decode` warns of).
    public var version: String
    public var termsOfService: String?
    public var contactEmail: String?
    public var contactName: String?
    public var contactURL: String?
    public var licenseName: String?
    public var licenseURL: String?
    public var extensions: Extensions
    public var location: SourceLocation

    public init(
        title: String, summary: String? = nil, description: String? = nil, version: String,
        termsOfService: String? = nil, contactEmail: String? = nil, contactName: String? = nil,
        contactURL: String? = nil, licenseName: String? = nil, licenseURL: String? = nil,
        extensions: Extensions = [], location: SourceLocation
    ) {
        self.title = title
        self.summary = summary
        self.description = description
        self.version = version
        self.termsOfService = termsOfService
        self.contactEmail = contactEmail
        self.contactName = contactName
        self.contactURL = contactURL
        self.licenseName = licenseName
        self.licenseURL = licenseURL
        self.extensions = extensions
        self.location = location
    }
}

public struct Server: Sendable {
    public struct Variable: Sendable {
        public var name: String
        public var defaultValue: String
        public var enumValues: [String]?
        public var description: String?
        public var location: SourceLocation

        public init(name: String, defaultValue: String, enumValues: [String]?, description: String?, location: SourceLocation) {
            self.name = name
            self.defaultValue = defaultValue
            self.enumValues = enumValues
            self.description = description
            self.location = location
        }
    }

    public var url: String
    public var description: String?
    public var variables: [Variable]
    public var extensions: Extensions
    public var location: SourceLocation

    public init(url: String, description: String?, variables: [Variable], extensions: Extensions = [], location: SourceLocation) {
        self.url = url
        self.description = description
        self.variables = variables
        self.extensions = extensions
        self.location = location
    }
}

public struct TagObject: Sendable {
    public var name: String
    public var description: String?
    public var location: SourceLocation

    public init(name: String, description: String?, location: SourceLocation) {
        self.name = name
        self.description = description
        self.location = location
    }
}

/// One security requirement: scheme name → scopes. All entries must be satisfied together.
public struct SecurityRequirement: Sendable, Hashable {
    public var schemes: [Scheme]

    public struct Scheme: Sendable, Hashable {
        public var name: String
        public var scopes: [String]
        public init(name: String, scopes: [String]) {
            self.name = name
            self.scopes = scopes
        }
    }

    public init(schemes: [Scheme]) {
        self.schemes = schemes
    }
}
