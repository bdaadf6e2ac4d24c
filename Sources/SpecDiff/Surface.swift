// SpecDiff: what a change of the spec does to a Swift caller of the generated client. Both specs
// are translated as `generate` would translate them, and their declarations are compared by the
// names they have in Swift.

import Translation

/// The declarations a generated client shows its callers, by Swift name, as Translation named them:
/// the client's methods and their parameters and outputs, the types, the servers and the
/// credentials. Only what a caller can see or rely on is kept (not doc comments, not the bodies).
public struct Surface: Sendable, Equatable, Decodable {
    /// The client type's name (`Client`).
    public var clientName: String
    /// One per client method, in document order.
    public var operations: [OperationSurface]
    /// Every generated type, nested ones included, by qualified name (`Pet.Status`), in the order
    /// they are declared.
    public var types: [TypeSurface]
    /// The servers of `Servers`, by property name.
    public var servers: [Member]
    /// The members of `Credentials`: the security schemes the client sends, by Swift name, with
    /// their kind (`apiKey in header X-API-Key`, `bearer`…).
    public var credentials: [Member]

    public init(clientName: String, operations: [OperationSurface], types: [TypeSurface], servers: [Member], credentials: [Member]) {
        self.clientName = clientName
        self.operations = operations
        self.types = types
        self.servers = servers
        self.credentials = credentials
    }
}

/// A named thing and the one text that describes it to a caller (a type, a URL, a raw value).
public struct Member: Sendable, Equatable, Decodable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A client method.
public struct OperationSurface: Sendable, Equatable, Decodable {
    /// The method's name (`getConnectedAccountBalances`): what a change is keyed by.
    public var methodName: String
    /// `GET /connected_accounts/{}/balances`: the method and the path with its parameters left out,
    /// which tells a renamed operation from a removed one.
    public var route: String
    /// The arguments, in order (the request body last, under its argument name).
    public var parameters: [ParameterSurface]
    /// The output's body type (`Pet`, or the enum of the bodies of several statuses, or `Void`).
    public var output: String
    /// The success outputs by status (`200`, `2XX`, `default`): the body's Swift type, or `Void`.
    public var responses: [Member]
    /// The response headers the output reads, by accessor name, with their types.
    public var headers: [Member]
    /// The thrown error body's type.
    public var failureBody: String
    /// The alternatives of the security requirement, each the schemes' Swift names joined by ` + `.
    public var security: [String]
    public var deprecated: Bool

    public init(
        methodName: String, route: String, parameters: [ParameterSurface], output: String, responses: [Member], headers: [Member],
        failureBody: String, security: [String], deprecated: Bool
    ) {
        self.methodName = methodName
        self.route = route
        self.parameters = parameters
        self.output = output
        self.responses = responses
        self.headers = headers
        self.failureBody = failureBody
        self.security = security
        self.deprecated = deprecated
    }

    /// The method as Swift names it in a call: `getFoo(id:limit:)`.
    public var signature: String {
        methodName + "(" + parameters.map { $0.label + ":" }.joined() + ")"
    }
}

/// An argument of a client method.
public struct ParameterSurface: Sendable, Equatable, Decodable {
    /// The argument label.
    public var label: String
    /// The Swift type, without the `?` of an optional argument.
    public var type: String
    /// The argument may be left out (`= nil`).
    public var isOptional: Bool
    /// Where the value goes: `path`, `query`, `header`, `cookie` or `body`, and for a body its
    /// content type (`body application/json`).
    public var location: String
    /// What is checked before sending, as `kind value` (`maxLength 64`), in order.
    public var constraints: [Member]

    public init(label: String, type: String, isOptional: Bool, location: String, constraints: [Member]) {
        self.label = label
        self.type = type
        self.isOptional = isOptional
        self.location = location
        self.constraints = constraints
    }

    /// The type as the signature spells it (`Int?` for an optional argument).
    public var declaredType: String { isOptional ? type + "?" : type }
}

/// A generated type.
public struct TypeSurface: Sendable, Equatable, Decodable {
    public enum Kind: String, Sendable, Decodable {
        case `struct`, `enum`, union, `typealias`
        /// A caseless enum that only holds other types (an operation's parameter enums).
        case namespace
    }

    /// The qualified Swift name (`Pet`, `Pet.Status`, `GetPetsOutputBody`).
    public var name: String
    public var kind: Kind
    /// Struct: the stored properties (by property name; the value is the type as declared, `?`
    /// included). Enum: the cases (by case name; the value is the raw value's literal). Union: the
    /// cases (by case name; the value is the associated type). Typealias: one member, `=`, the
    /// aliased type.
    public var members: [Member]
    /// Struct: the properties' defaults (by property name; the value is the Swift literal), for the
    /// ones that have one.
    public var defaults: [Member]
    /// Struct: the properties whose initializer argument has no default, which code that builds
    /// the type must pass.
    public var requiredMembers: Set<String>
    /// The raw value's type of an enum; the discriminator's JSON name of a union; else empty.
    public var detail: String
    public var deprecated: Bool

    public init(
        name: String, kind: Kind, members: [Member], defaults: [Member] = [], requiredMembers: Set<String> = [],
        detail: String = "", deprecated: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.members = members
        self.defaults = defaults
        self.requiredMembers = requiredMembers
        self.detail = detail
        self.deprecated = deprecated
    }
}
