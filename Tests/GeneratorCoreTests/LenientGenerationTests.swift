import Diagnostics
import Foundation
import GeneratorCore
import Testing

/// What the client looks like when the spec has a flaw that generates with a warning
/// (`spec/lenient/`), and that `strict` refuses the same specs.
@Suite struct LenientGenerationTests {
    static func generate(_ name: String, strict: Bool = false) throws -> GenerationResult {
        var config = GeneratorConfig()
        config.strict = strict
        return try Generator.generate(spec: Array(readText("spec/lenient/" + name).utf8), fileName: name, config: config)
    }

    static func file(_ result: GenerationResult, _ name: String) throws -> String {
        try #require(result.files.first { $0.name == name }).contents
    }

    @Test func aSchemaNotDefinedIsJSONValue() throws {
        let result = try Self.generate("unresolved-schema-ref.yaml")
        #expect(try Self.file(result, "Models.swift").contains("    public var owner: JSONValue?\n"))
        #expect(try Self.file(result, "Operations.swift").contains("public typealias ListPetsOutput = OperationOutput<[JSONValue]>\n"))
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning, .warning])
    }

    @Test func aMissingVersionIsLeftOutOfTheClientsDocComment() throws {
        let result = try Self.generate("info-without-version.yaml")
        #expect(try Self.file(result, "Client.swift").contains("/// A client for Pets.\n"))
    }

    @Test func aDescriptionThatIsNotTextIsLeftOut() throws {
        let result = try Self.generate("description-not-a-string.yaml")
        let models = try Self.file(result, "Models.swift")
        #expect(!models.contains("A pet.") && models.contains("/// The name.\n"))
    }

    @Test func aStrayPathParameterIsNotAnArgument() throws {
        let operations = try Self.file(Self.generate("stray-path-parameter.yaml"), "Operations.swift")
        #expect(operations.contains("petId: String,\n        verbose: Bool? = nil\n"))
        #expect(!operations.contains("owner") && !operations.contains("storeId"))
    }

    @Test(arguments: ["unresolved-schema-ref.yaml", "info-without-version.yaml", "description-not-a-string.yaml", "stray-path-parameter.yaml"])
    func strictRefuses(_ name: String) throws {
        #expect(throws: DiagnosticError.self) { try Self.generate(name, strict: true) }
    }
}
