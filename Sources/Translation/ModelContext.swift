/// A generated type: a struct, an open enum or a type alias.
public struct ModelContext: Sendable {
    /// The Swift type name.
    public var name: String
    /// Doc comment lines (`/// …`), including the `- Remark: Generated from …` line.
    public var doc: [String]
    /// `true` when the schema is `deprecated`.
    public var deprecated: Bool
    /// `true` when the model is a struct (rendered by `struct`).
    public var isStruct: Bool
    /// `true` when the model is an open enum (rendered by `enum`).
    public var isEnum: Bool
    /// `true` when the model is a type alias (rendered by `typealias`).
    public var isTypealias: Bool
    /// `true` for a `oneOf`/`anyOf`: an enum with one case per variant and a fallback case.
    public var isUnion: Bool
    /// Enum and union: the case that holds a value the spec does not list (`undocumented`), named
    /// so that no idiomatic case (`unknown`, `other`) collides with it.
    public var fallbackCase: String
    /// Union: the variants, in spec order.
    public var variants: [VariantContext]
    /// Union: `true` when a discriminator property selects the variant.
    public var hasDiscriminator: Bool
    /// Union: the discriminator property's name as a Swift literal.
    public var discriminatorLiteral: String
    /// Struct: stored properties in spec order.
    public var properties: [PropertyContext]
    /// Struct of an `allOf` of objects and a `oneOf`/`anyOf`: the stored property that holds the
    /// union's value, which fills the same JSON object as `properties`.
    public var variantProperty: VariantPropertyContext?
    /// Types declared inside this one (inline object and enum schemas of its properties).
    public var nested: [ModelContext]
    /// Enum: `String` or `Int`.
    public var rawType: String
    /// Enum: the known values.
    public var cases: [EnumCaseContext]
    /// Type alias: the aliased Swift type.
    public var aliasedType: String

    public init(
        name: String, doc: [String], deprecated: Bool = false, isStruct: Bool = false, isEnum: Bool = false,
        isTypealias: Bool = false, isUnion: Bool = false, variants: [VariantContext] = [], discriminatorLiteral: String = "",
        properties: [PropertyContext] = [], variantProperty: VariantPropertyContext? = nil,
        nested: [ModelContext] = [], rawType: String = "", cases: [EnumCaseContext] = [], aliasedType: String = ""
    ) {
        self.name = name
        self.doc = doc
        self.deprecated = deprecated
        self.isStruct = isStruct
        self.isEnum = isEnum
        self.isTypealias = isTypealias
        self.isUnion = isUnion
        self.fallbackCase = isEnum || isUnion ? SwiftName.fallbackCase : ""
        self.variants = variants
        self.hasDiscriminator = !discriminatorLiteral.isEmpty
        self.discriminatorLiteral = discriminatorLiteral
        self.properties = properties
        self.variantProperty = variantProperty
        self.nested = nested
        self.rawType = rawType
        self.cases = cases
        self.aliasedType = aliasedType
    }
}

/// One variant of a union.
public struct VariantContext: Sendable {
    /// The case name.
    public var name: String
    /// The Swift type of the case's associated value.
    public var type: String
    /// Discriminator values that select this variant, as Swift literals joined by `, ` (empty without a discriminator).
    public var discriminatorValues: String
    /// `true` when `discriminatorValues` is not empty.
    public var hasDiscriminatorValues: Bool
    /// Discriminated union: `true` when the variant does not declare the discriminator property, so
    /// encoding it writes `tagLiteral` there (else the tag would be lost in a round trip).
    public var writesTag: Bool
    /// The discriminator value the variant is encoded with when `writesTag` (its first), as a Swift
    /// literal.
    public var tagLiteral: String
    /// The variant's position among the union's variants, from `0`, as a Swift literal.
    public var index: String
    /// `true` when the variant is an object: without a discriminator, a JSON object decodes as the
    /// variant it fits (`requiredKeys` present, `constants` matching) that knows most of its keys.
    public var isObject: Bool
    /// Object variant: the JSON names of its required properties, as Swift literals joined by `, `.
    public var requiredKeys: String
    /// Object variant: the JSON names of all its properties, as Swift literals joined by `, `.
    public var knownKeys: String
    /// Object variant: the JSON names of its properties that can hold one string only (a one-value
    /// `enum` or a `const`), which an object it fits must not contradict, as Swift literals joined
    /// by `, `.
    public var constantKeys: String
    /// Object variant: the one string each of `constantKeys` holds, in the same order.
    public var constantValues: String

    public init(
        name: String, type: String, discriminatorValues: [String], index: Int = 0, isObject: Bool = false,
        requiredKeys: [String] = [], knownKeys: [String] = [], constants: [(key: String, value: String)] = []
    ) {
        self.name = name
        self.type = type
        self.discriminatorValues = discriminatorValues.joined(separator: ", ")
        self.hasDiscriminatorValues = !discriminatorValues.isEmpty
        self.writesTag = false
        self.tagLiteral = ""
        self.index = String(index)
        self.isObject = isObject
        self.requiredKeys = requiredKeys.joined(separator: ", ")
        self.knownKeys = knownKeys.joined(separator: ", ")
        self.constantKeys = constants.map(\.key).joined(separator: ", ")
        self.constantValues = constants.map(\.value).joined(separator: ", ")
    }
}

/// The stored property of a struct that holds the value of its `allOf`'s union: decoded from the
/// same JSON object as the other properties, and encoded into it (first, so that the struct's own
/// properties win where both write a key).
public struct VariantPropertyContext: Sendable {
    /// The Swift name (`variant`, or `variantValue` when a property of the spec is named so).
    public var name: String
    /// The union's Swift type.
    public var type: String
    /// Doc comment lines.
    public var doc: [String]

    public init(name: String, type: String, doc: [String]) {
        self.name = name
        self.type = type
        self.doc = doc
    }
}

/// A stored property of a generated struct.
public struct PropertyContext: Sendable {
    /// The Swift name, backticked when it is a keyword.
    public var name: String
    /// The JSON key as a Swift string literal, quotes included.
    public var jsonKey: String
    /// The Swift type, with `?` when optional.
    public var type: String
    /// The Swift type without the `?` of an optional property.
    public var valueType: String
    /// The stored property's name: `name`, or for a `deprecated` property an internal one behind
    /// it (`_legacyId`), so that the generated code's own uses of it do not raise deprecation
    /// warnings while users' uses of `name` do.
    public var storageName: String
    /// `true` when the value may be missing or `null` in the JSON (the built-in template reads it
    /// with the support file's `readIfPresent`, else with `read`).
    public var decodesIfPresent: Bool
    /// `true` when the key may be absent: an absent value leaves the key out when encoding (the
    /// built-in template lists it with `visitIfPresent`, else with `visit`, so a required
    /// `nullable` property is encoded as `null`).
    public var isOptional: Bool
    /// Doc comment lines.
    public var doc: [String]
    /// `true` when the property is `deprecated`: it is declared `@available(*, deprecated)`, in
    /// front of `storageName`.
    public var deprecated: Bool
    /// `true` when the property is stored out of line (`@Indirect`): its type contains the struct
    /// again (a recursive schema), or it holds another struct, which would otherwise be laid out
    /// inline.
    public var isIndirect: Bool
    /// The initializer parameter's default value as a Swift expression (a literal from the
    /// schema's `default`, or `nil` for an optional property), or empty when it has none.
    public var defaultValue: String
    /// `true` when `defaultValue` is not empty.
    public var hasDefault: Bool
    /// `,` after every initializer parameter but the last.
    public var separator: String
    /// `true` when the property is `readOnly`: set by the server and left out of request bodies
    /// (the built-in template lists it with `visitReadOnly`). It is always optional.
    public var isReadOnly: Bool
    /// `true` when the property is `writeOnly` and `required`: optional, since responses leave it
    /// out, but required in requests (the built-in template lists it with `visitWriteOnly`, which
    /// throws `RequestValidationError` when a request body is encoded without it).
    public var isRequiredInRequests: Bool
    /// The `pattern` a string property's value must match in a request body, as a Swift string
    /// literal, or empty when it has none the generated code can check.
    public var patternLiteral: String
    /// `true` when `patternLiteral` is not empty (the built-in template adds a `match` or
    /// `matchIfPresent` line to `visitProperties`).
    public var hasPattern: Bool
    /// `true` when `type` is optional (`String?`, or an alias of an optional type).
    public var hasOptionalType: Bool

    /// - Parameters:
    ///   - isOptional: The property may be missing (its type gets `?`).
    ///   - isNullable: A required property that may be `null` (its type gets `?` too).
    ///   - valueTypeIsOptional: `valueType` is already optional (an alias of `Int?`), so it gets no
    ///     second `?`.
    public init(
        name: String, jsonKey: String, valueType: String, isOptional: Bool = false, isNullable: Bool = false,
        valueTypeIsOptional: Bool = false,
        doc: [String], deprecated: Bool, isIndirect: Bool = false, defaultValue: String = "", separator: String,
        storageName: String? = nil, isReadOnly: Bool = false, isRequiredInRequests: Bool = false, patternLiteral: String = ""
    ) {
        self.name = name
        self.storageName = storageName ?? name
        self.jsonKey = jsonKey
        self.valueType = valueType
        self.type = (isOptional || isNullable) && !valueTypeIsOptional ? valueType + "?" : valueType
        self.decodesIfPresent = isOptional || isNullable || valueTypeIsOptional
        self.isOptional = isOptional
        self.doc = doc
        self.deprecated = deprecated
        self.isIndirect = isIndirect
        self.defaultValue = defaultValue
        self.hasDefault = !defaultValue.isEmpty
        self.separator = separator
        self.isReadOnly = isReadOnly
        self.isRequiredInRequests = isRequiredInRequests
        self.patternLiteral = patternLiteral
        self.hasPattern = !patternLiteral.isEmpty
        self.hasOptionalType = isOptional || isNullable || valueTypeIsOptional
    }
}

/// A known value of an open enum.
public struct EnumCaseContext: Sendable {
    /// The Swift case name, backticked when it is a keyword.
    public var name: String
    /// The raw value as a Swift literal (`"ACTIVE"` or `3`).
    public var literal: String
    /// Doc comment lines.
    public var doc: [String]

    public init(name: String, literal: String, doc: [String]) {
        self.name = name
        self.literal = literal
        self.doc = doc
    }
}
