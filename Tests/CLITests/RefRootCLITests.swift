import Foundation
import Testing

/// `--ref-root` (and the `refRoot` key) widen the folder `$ref`s may read files in; without it a
/// reference to a sibling folder is an error at the `$ref`.
@Suite struct RefRootCLITests {
    /// `api/openapi.yaml` pointing into `common/money.yaml` beside it.
    static func project() throws -> (folder: URL, spec: String) {
        let folder = try temporaryFolder()
        for name in ["api", "common"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try Data("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Money: {$ref: '../common/money.yaml#/Money'}

            """.utf8).write(to: folder.appendingPathComponent("api/openapi.yaml"))
        try Data("Money:\n  type: object\n  properties:\n    amount: {type: string}\n".utf8)
            .write(to: folder.appendingPathComponent("common/money.yaml"))
        return (folder, folder.appendingPathComponent("api/openapi.yaml").path)
    }

    @Test func aSiblingFolderIsOutsideTheSpecsFolder() throws {
        let (folder, spec) = try Self.project()
        let output = folder.appendingPathComponent("out")
        let result = try run(["generate", spec, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(spec):6:19: error: not reading '../common/money.yaml' (referenced as '../common/money.yaml#/Money'): it is outside the reference root '\(folder.path)/api' (widen it with --ref-root)
                Money: {$ref: '../common/money.yaml#/Money'}
                              ^

            """)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func refRootMakesTheSiblingFolderReadable() throws {
        let (folder, spec) = try Self.project()
        let output = folder.appendingPathComponent("out")
        let result = try run(["generate", spec, "--ref-root", folder.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let models = try String(contentsOf: output.appendingPathComponent("Models.swift"), encoding: .utf8)
        #expect(models.contains("    public var amount: String?\n"))
    }

    /// In the configuration file the root is relative to the file's folder, like its other paths.
    @Test func theConfigurationKeyIsRelativeToTheFilesFolder() throws {
        let (folder, _) = try Self.project()
        try Data("spec: openapi.yaml\noutput: ../out\nrefRoot: ..\n".utf8).write(to: folder.appendingPathComponent("api/openapi-swift-gen.yaml"))
        let result = try run(["generate", "--config", "api/openapi-swift-gen.yaml"], in: folder)
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
