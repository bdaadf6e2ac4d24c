/// The context of a generated test file that decodes the spec's examples into the generated types.
public struct ExamplesContext: Sendable {
    /// The first line of the file.
    public var header: String
    /// The module the generated client is compiled into.
    public var moduleName: String
    /// The examples, components first, then responses.
    public var examples: [ExampleContext]
    /// `true` when `examples` is not empty.
    public var hasExamples: Bool

    public init(header: String, moduleName: String, examples: [ExampleContext]) {
        self.header = header
        self.moduleName = moduleName
        self.examples = examples
        self.hasExamples = !examples.isEmpty
    }
}

/// One example payload and the type it must decode into.
public struct ExampleContext: Sendable {
    /// Where the example is, e.g. `#/components/schemas/Pet`, as a Swift literal.
    public var sourceLiteral: String
    /// The Swift type it decodes into.
    public var type: String
    /// The type as the test file names it: qualified by the module (`Pets.Pet`), so that a type of
    /// Swift Testing with the same name does not make it ambiguous; unqualified when a type of the
    /// module has the module's name (a `Pets` schema in module `Pets` hides the module's name).
    public var qualifiedType: String
    /// The example as JSON, in a Swift raw string literal.
    public var jsonLiteral: String
    /// `,` after every entry but the last.
    public var separator: String

    public init(sourceLiteral: String, type: String, qualifiedType: String, jsonLiteral: String, separator: String) {
        self.sourceLiteral = sourceLiteral
        self.type = type
        self.qualifiedType = qualifiedType
        self.jsonLiteral = jsonLiteral
        self.separator = separator
    }
}
