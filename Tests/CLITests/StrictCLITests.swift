import Foundation
import Testing

/// A spec with a flaw that has a safe reading generates with a located warning; `--strict` or
/// `strict: true` in the configuration file refuse it, and `--no-strict` wins over the file.
@Suite struct StrictCLITests {
    static let spec = packageRoot.appendingPathComponent("spec/lenient/stray-path-parameter.yaml").path

    static let warning = """
        \(spec):12:15: warning: path parameter 'storeId' does not appear in the path '/pets/{petId}'; the parameter is left out
              - $ref: '#/components/parameters/Store'
                      ^
        \(spec):21:11: warning: path parameter 'owner' does not appear in the path '/pets/{petId}'; the parameter is left out
                - name: owner
                  ^

        """

    static let error = """
        \(spec):12:15: error: path parameter 'storeId' does not appear in the path '/pets/{petId}'
              - $ref: '#/components/parameters/Store'
                      ^
        \(spec):21:11: error: path parameter 'owner' does not appear in the path '/pets/{petId}'
                - name: owner
                  ^

        """

    @Test func aFlawIsAWarningByDefault() throws {
        let output = try temporaryFolder().appendingPathComponent("out")
        let result = try run(["generate", Self.spec, "--output", output.path])
        #expect(result.status == 0)
        #expect(result.stderr == Self.warning + "4 of 4 files written to \(output.path)\n")
        let operations = try String(contentsOf: output.appendingPathComponent("Operations.swift"), encoding: .utf8)
        #expect(operations.contains("petId: String,") && !operations.contains("owner") && !operations.contains("storeId"))
    }

    @Test func strictRefusesIt() throws {
        let output = try temporaryFolder().appendingPathComponent("out")
        let result = try run(["generate", Self.spec, "--strict", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == Self.error)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func theConfigurationFileCanBeStrictAndAFlagCanUndoIt() throws {
        let folder = try temporaryFolder()
        try Data("spec: \(Self.spec)\noutput: out\nstrict: true\n".utf8).write(to: folder.appendingPathComponent("openapi-swift-gen.yaml"))
        let strict = try run(["generate"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr == Self.error)
        let lenient = try run(["generate", "--no-strict"], in: folder)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == Self.warning + "4 of 4 files written to out\n")
    }

    @Test func strictInTheFileIsTrueOrFalse() throws {
        let folder = try temporaryFolder()
        let config = folder.appendingPathComponent("openapi-swift-gen.yaml")
        try Data("spec: \(Self.spec)\nstrict: yes\n".utf8).write(to: config)
        let result = try run(["generate"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == """
            openapi-swift-gen.yaml:2:9: error: 'strict' must be true or false, not 'yes'
            strict: yes
                    ^

            """)
    }
}
