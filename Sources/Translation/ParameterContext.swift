/// A method parameter: a path, query, header or cookie parameter of the spec, or the request body.
/// It carries facts only (where the value goes, its kind and serialization style, its
/// constraints); the templates spell the Swift that sends and checks it.
public struct ParameterContext: Sendable {
    /// The Swift name the method body uses (`pageSize`; `queryValue` when the spec's name is one
    /// of the template's locals, see `TranslationOptions.methodLocals`).
    public var name: String
    /// The argument label (`pageSize`, `query`); equal to `name` unless the two differ.
    public var label: String
    /// `true` when `label` and `name` differ (the signature then spells both).
    public var hasInternalName: Bool
    /// The Swift type of the value, without the `?` of an optional parameter.
    public var type: String
    /// `true` when the argument may be `nil` (declared `Type? = nil`).
    public var isOptional: Bool
    /// `,` after every parameter but the last.
    public var separator: String
    /// The name in the spec (`pageSize`, `X-Request-ID`) as a Swift string literal.
    public var nameLiteral: String
    /// A path parameter (where the value goes: exactly one of `isPath`, `isQuery`, `isHeader`,
    /// `isCookie` and `isBody` is `true`).
    public var isPath: Bool
    /// A query parameter.
    public var isQuery: Bool
    /// A header parameter.
    public var isHeader: Bool
    /// A cookie parameter.
    public var isCookie: Bool
    /// The request body.
    public var isBody: Bool
    /// A single value (the value's kind: exactly one of `isScalar`, `isArray` and `isObject` is
    /// `true`; a body is `isScalar`).
    public var isScalar: Bool
    /// An array of scalars.
    public var isArray: Bool
    /// An object sent as `key=value` pairs (form) or `name[key]=value` pairs (deepObject).
    public var isObject: Bool
    /// The spec's serialization `style` (its default when not given): `simple`, `form`,
    /// `spaceDelimited`, `pipeDelimited`, `deepObject`…
    public var style: String
    /// The spec's `explode` (its default when not given).
    public var explode: Bool
    /// Query arrays, as OpenAPI serializes them: one `name=value` pair per element (form, exploded)…
    public var isExploded: Bool
    /// …or one pair with the elements joined by `,` (form, not exploded; any other style)…
    public var isCommaDelimited: Bool
    /// …by a space (`spaceDelimited`)…
    public var isSpaceDelimited: Bool
    /// …or by `|` (`pipeDelimited`).
    public var isPipeDelimited: Bool
    /// Query objects: `true` for `style: deepObject` (`name[key]=value`), `false` for form.
    public var isDeepObject: Bool
    /// The spec's constraints on the value, checked before the request is sent.
    public var constraints: [ConstraintContext]
    /// `true` when `constraints` is not empty.
    public var hasConstraints: Bool

    /// The encoding rules of a query array.
    public enum ArrayDelimiting: Sendable {
        case exploded, comma, space, pipe
    }

    /// Where a parameter's value goes.
    public enum Location: Sendable {
        case path, query, header, cookie, body
    }

    /// The shape of a parameter's value.
    public enum Kind: Sendable {
        case scalar, array(ArrayDelimiting), object(deep: Bool)
    }

    public init(
        name: String, label: String, type: String, isOptional: Bool, nameLiteral: String, location: Location,
        kind: Kind = .scalar, style: String = "", explode: Bool = false, constraints: [ConstraintContext] = []
    ) {
        self.name = name
        self.label = label
        self.hasInternalName = name != label
        self.type = type
        self.isOptional = isOptional
        self.separator = ","
        self.nameLiteral = nameLiteral
        self.isPath = location == .path
        self.isQuery = location == .query
        self.isHeader = location == .header
        self.isCookie = location == .cookie
        self.isBody = location == .body
        var delimiting: ArrayDelimiting?
        var deep: Bool?
        switch kind {
        case .scalar: break
        case .array(let value): delimiting = value
        case .object(let value): deep = value
        }
        self.isScalar = delimiting == nil && deep == nil
        self.isArray = delimiting != nil
        self.isObject = deep != nil
        self.style = style
        self.explode = explode
        self.isExploded = delimiting == .exploded
        self.isCommaDelimited = delimiting == .comma
        self.isSpaceDelimited = delimiting == .space
        self.isPipeDelimited = delimiting == .pipe
        self.isDeepObject = deep == true
        self.constraints = constraints
        self.hasConstraints = !constraints.isEmpty
    }
}

/// One constraint of the spec on a parameter (`minLength: 1`), checked before sending.
public struct ConstraintContext: Sendable {
    /// The keyword of the spec: `minLength`, `maxLength`, `minimum`, `maximum`, `exclusiveMinimum`,
    /// `exclusiveMaximum`, `minItems`, `maxItems` or `pattern`.
    public var kind: String
    /// The bound as a Swift literal (`1`, `0.5`); for `pattern`, the regular expression as a Swift
    /// string literal (`#"^\d+$"#`).
    public var value: String
    /// `minLength` (one flag per keyword: the one of `kind` is `true`).
    public var isMinLength: Bool
    /// `maxLength`.
    public var isMaxLength: Bool
    /// `minimum`.
    public var isMinimum: Bool
    /// `maximum`.
    public var isMaximum: Bool
    /// `exclusiveMinimum`: the value must be above the bound.
    public var isExclusiveMinimum: Bool
    /// `exclusiveMaximum`: the value must be below the bound.
    public var isExclusiveMaximum: Bool
    /// `minItems`.
    public var isMinItems: Bool
    /// `maxItems`.
    public var isMaxItems: Bool
    /// `pattern`: the value must match the regular expression (anywhere, unless it is anchored).
    public var isPattern: Bool

    /// The keywords a constraint can have.
    public enum Keyword: String, Sendable, CaseIterable {
        case minLength, maxLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minItems, maxItems, pattern
    }

    public init(_ keyword: Keyword, value: String) {
        self.kind = keyword.rawValue
        self.value = value
        self.isMinLength = keyword == .minLength
        self.isMaxLength = keyword == .maxLength
        self.isMinimum = keyword == .minimum
        self.isMaximum = keyword == .maximum
        self.isExclusiveMinimum = keyword == .exclusiveMinimum
        self.isExclusiveMaximum = keyword == .exclusiveMaximum
        self.isMinItems = keyword == .minItems
        self.isMaxItems = keyword == .maxItems
        self.isPattern = keyword == .pattern
    }
}

/// A piece of the request path: literal text or a path parameter's value.
public struct PathPieceContext: Sendable {
    /// The literal text as a Swift string literal (empty for an argument).
    public var literal: String
    /// The Swift name of the path parameter (empty for literal text).
    public var argument: String
    /// `true` when the piece is a parameter's value (percent-encoded as one segment).
    public var isArgument: Bool
    /// `true` for the last piece.
    public var isLast: Bool

    public init(literal: String = "", argument: String = "", isLast: Bool = false) {
        self.literal = literal
        self.argument = argument
        self.isArgument = !argument.isEmpty
        self.isLast = isLast
    }
}
