import Diagnostics
import Foundation
import GeneratorCore
import Testing

/// A spec split over several files generates like a one-file spec: the referenced files' schemas
/// become models of their own.
@Suite struct MultiFileTests {
    static let folder = packageRoot.appendingPathComponent("spec/multifile/petstore")

    static func generate() throws -> GenerationResult {
        let spec = try [UInt8](Data(contentsOf: folder.appendingPathComponent("openapi.yaml")))
        let folder = Self.folder
        return try Generator.generate(spec: spec, fileName: "openapi.yaml", reader: { path in
            try [UInt8](Data(contentsOf: folder.appendingPathComponent(path)))
        })
    }

    @Test func modelsHoldTheReferencedFilesSchemas() throws {
        let result = try Self.generate()
        #expect(result.files.map(\.name) == ["Client.swift", "Models.swift", "Operations.swift", "Support.swift"])
        #expect(result.diagnostics.isEmpty)
        let models = try #require(result.files.first { $0.name == "Models.swift" }?.contents)
        for line in [
            "public struct Pet: ObjectModel {",
            "    public var category: Category?",
            "    public var tags: [Tag]?",
            "    public var price: Money?",
            "public struct Category: ObjectModel {",
            "    public var featured: [Pet]?",
            "public struct Owner: ObjectModel {",
            "public struct Money: ObjectModel {",
            "public struct Detail: ObjectModel {",
        ] {
            #expect(models.contains(line + "\n"), "missing: \(line)")
        }
        let client = try #require(result.files.first { $0.name == "Operations.swift" }?.contents)
        #expect(client.contains("body: try sender.decode([Pet].self, from: response, operationID: operationID),"))
    }

    @Test func withoutAReaderOtherFilesAreErrors() throws {
        let spec = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("openapi.yaml")))
        #expect(throws: DiagnosticError.self) { try Generator.generate(spec: spec, fileName: "openapi.yaml") }
    }
}
