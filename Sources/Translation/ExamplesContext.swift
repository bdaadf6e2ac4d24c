/// The context of a generated test file that decodes the spec's examples into the generated types.
public struct ExamplesContext: Sendable {
    /// The first line of the file.
    public var header: String
    /// The module the generated client is compiled into.
    public var moduleName: String
    /// The examples, components first, then responses, in groups of at most 100: one function
    /// each, so that no expression of the test file holds thousands of them (a compiler's time and
    /// memory grow faster than an array literal's length).
    public var groups: [ExampleGroupContext]
    /// `true` when `groups` is not empty.
    public var hasExamples: Bool

    public init(header: String, moduleName: String, groups: [ExampleGroupContext]) {
        self.header = header
        self.moduleName = moduleName
        self.groups = groups
        self.hasExamples = !groups.isEmpty
    }
}

/// A group of consecutive examples, written as one function of the test file.
public struct ExampleGroupContext: Sendable {
    /// The group's number, counted from 1 (`1`, `2`, …), for the name of its function.
    public var number: String
    /// The group's examples, in the file's order.
    public var examples: [ExampleContext]
    /// `,` after every group but the last.
    public var separator: String

    public init(number: String, examples: [ExampleContext], separator: String) {
        self.number = number
        self.examples = examples
        self.separator = separator
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
    /// `,` after every example of its group but the last.
    public var separator: String

    public init(sourceLiteral: String, type: String, qualifiedType: String, jsonLiteral: String, separator: String) {
        self.sourceLiteral = sourceLiteral
        self.type = type
        self.qualifiedType = qualifiedType
        self.jsonLiteral = jsonLiteral
        self.separator = separator
    }
}
