import Foundation
import Testing

/// `--ref-root` (and the `refRoot` key) widen the folder `$ref`s may read files in; without it a
/// reference to a sibling folder is an error at the `$ref`.
@Suite struct RefRootCLITests {
    /// A spec whose `$ref` reaches `../external/pet.yaml`, a sibling folder of its own.
    static let spec = "spec/invalid/outside-root/parent-folder.yaml"

    @Test func aSiblingFolderIsOutsideTheSpecsFolder() throws {
        let output = try temporaryFolder().appendingPathComponent("out")
        let result = try run(["generate", Self.spec, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(Self.spec):10:17: error: not reading '../external/pet.yaml' (referenced as '../external/pet.yaml#/Pet'): it is outside the reference root 'spec/invalid/outside-root' (widen it with --ref-root)
                Pet: {$ref: '../external/pet.yaml#/Pet'}
                            ^

            """)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func refRootMakesTheSiblingFolderReadable() throws {
        let output = try temporaryFolder()
        let result = try run(["generate", Self.spec, "--ref-root", "spec/invalid", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let models = try String(contentsOf: output.appendingPathComponent("Models.swift"), encoding: .utf8)
        #expect(models.contains("    public var name: String?\n"))
    }

    /// In the configuration file the root is relative to the file's folder, like its other paths:
    /// `shared` here is the file's neighbour (a symlink to `spec/invalid`), not a folder of the
    /// working directory.
    @Test func theConfigurationKeyIsRelativeToTheFilesFolder() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("shared").path, withDestinationPath: packageRoot.appendingPathComponent("spec/invalid").path)
        let spec = packageRoot.appendingPathComponent(Self.spec).path
        try Data("spec: \(spec)\noutput: out\nrefRoot: shared\n".utf8).write(to: folder.appendingPathComponent("openapi-swift-gen.yaml"))
        let result = try run(["generate", "--config", folder.appendingPathComponent("openapi-swift-gen.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/Models.swift").path))
    }

    /// The repository's multi-file example reaches `../common`: it needs the folder holding both.
    @Test func theMultiFileExampleNeedsItsParentFolder() throws {
        let output = try temporaryFolder()
        let result = try run(["generate", "spec/multifile/petstore/openapi.yaml", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            spec/multifile/petstore/openapi.yaml:36:30: error: not reading '../common/errors.yaml' (referenced as '../common/errors.yaml#/components/schemas/Error'): it is outside the reference root 'spec/multifile/petstore' (widen it with --ref-root)

            """))
    }

    @Test func helpDescribesTheFlag() throws {
        let help = try run(["generate", "--help"])
        #expect(help.stdout.contains("--ref-root <dir>"))
    }
}
