import Foundation
import Testing

/// The tool on a spec whose `$ref`s point to other files, read relative to the spec's folder.
@Suite struct MultiFileCLITests {
    @Test func generateFollowsReferencesToOtherFiles() throws {
        let output = try temporaryFolder()
        let result = try run(["generate", "spec/multifile/petstore/openapi.yaml", "--ref-root", "spec/multifile", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "4 of 4 files written to \(output.path)\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == [".openapi-swift-gen-files", ".openapi-swift-gen-surface.json", "Client.swift", "Models.swift", "Operations.swift", "Support.swift"])
        let models = try String(contentsOf: output.appendingPathComponent("Models.swift"), encoding: .utf8)
        #expect(models.contains("public struct Pet: ObjectModel {\n"))
        #expect(models.contains("public struct Category: ObjectModel {\n"))
    }

    @Test func errorsInAReferencedFileAreLocatedInThatFile() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try Data("""
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Pet: {$ref: 'schemas/pet.yaml#/Pet'}
                Gone: {$ref: 'schemas/gone.yaml'}

            """.utf8).write(to: folder.appendingPathComponent("api.yaml"))
        try Data("Pet:\n  type: object\n  required: 1\n".utf8).write(to: folder.appendingPathComponent("schemas/pet.yaml"))
        let spec = folder.appendingPathComponent("api.yaml").path
        let output = folder.appendingPathComponent("out")

        let result = try run(["generate", spec, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(spec):7:18: error: cannot read 'schemas/gone.yaml' (referenced as 'schemas/gone.yaml')
                Gone: {$ref: 'schemas/gone.yaml'}
                             ^
            \(folder.path)/schemas/pet.yaml:3:13: error: 'required' must be a sequence of property names, found a number
              required: 1
                        ^

            """)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
