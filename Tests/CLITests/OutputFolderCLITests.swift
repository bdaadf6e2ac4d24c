import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run that fails leaves the output folder exactly as it was, whichever stage fails; runs on one
/// folder take turns.
@Suite struct OutputFolderCLITests {
    /// Every file and folder under `root` (hidden ones too) with its bytes and permission bits.
    private func snapshot(_ root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        while let relative = enumerator.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let permissions = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                result[relative] = "folder \(permissions)"
            } else {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                result[relative] = "\(permissions) " + String(decoding: bytes, as: UTF8.self)
            }
        }
        return result
    }

    /// An output folder holding the seed client, a hand-written file and the manifest.
    private func populatedFolder() throws -> (folder: URL, output: URL) {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out")
        let first = try run(["generate", seedSpec, "--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        try Data("// mine\n".utf8).write(to: output.appendingPathComponent("Mine.swift"))
        return (folder, output)
    }

    /// A stage of the run that fails, with the arguments that make it fail (after `generate` and
    /// before `--output`), given the scratch folder, and what the error says.
    struct Stage: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: @Sendable (URL) throws -> [String]
        var message: String
        /// Changes the output folder before the run (to make the write fail).
        var prepare: @Sendable (URL) throws -> Void = { _ in }
        var testDescription: String { name }
    }

    static let stages: [Stage] = [
        Stage(name: "read", arguments: { folder in [folder.appendingPathComponent("missing.yaml").path] }, message: "error: cannot read"),
        Stage(name: "parse", arguments: { folder in
            let spec = folder.appendingPathComponent("broken.yaml")
            try Data("openapi: 3.0.0\ninfo: [1, 2\n".utf8).write(to: spec)
            return [spec.path]
        }, message: "error: while parsing a flow sequence"),
        Stage(name: "resolve", arguments: { _ in [packageRoot.appendingPathComponent("spec/invalid/wrong-kind-ref.yaml").path] },
              message: "is a schema reference, but a parameter is expected here"),
        Stage(name: "translate", arguments: { _ in
            [packageRoot.appendingPathComponent("spec/coverage.yaml").path, "--schema-name", "Task=Same", "--schema-name", "Problem=Same"]
        }, message: "are both named 'Same' in Swift by names.schemas"),
        Stage(name: "render", arguments: { folder in
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            try Data("{{>client}}\n".utf8).write(to: templates.appendingPathComponent("client.mustache"))
            return [packageRoot.appendingPathComponent("spec/coverage.yaml").path, "--templates", templates.path]
        }, message: "error: templates include each other more than"),
        Stage(name: "write: a read-only file", arguments: { _ in [packageRoot.appendingPathComponent("spec/coverage.yaml").path] },
              message: "Operations.swift: error: it is read-only; no file in",
              prepare: { output in
                  try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: output.appendingPathComponent("Operations.swift").path)
              }),
        Stage(name: "write: a folder in a file's place", arguments: { _ in
            [packageRoot.appendingPathComponent("spec/coverage.yaml").path, "--layout", "letters"]
        }, message: "P.swift: error: it is not a regular file; no file in", prepare: { output in
            try FileManager.default.createDirectory(at: output.appendingPathComponent("P.swift"), withIntermediateDirectories: false)
        }),
        Stage(name: "write: a file to delete in a read-only file", arguments: { _ in [seedSpec, "--layout", "letters"] },
              message: "Models.swift: error: it is read-only; no file in", prepare: { output in
                  try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: output.appendingPathComponent("Models.swift").path)
              }),
    ]

    @Test(arguments: stages)
    func aFailingRunChangesNothing(stage: Stage) throws {
        let (folder, output) = try populatedFolder()
        try stage.prepare(output)
        let before = try snapshot(output)
        let result = try run(["generate"] + stage.arguments(folder) + ["--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(stage.message), "\(result.stderr)")
        #expect(try snapshot(output) == before)
    }

    /// The same runs with the folder as it was succeed: each stage above fails for its own reason.
    @Test func theRunsOfTheWriteStagesSucceedOnAPlainFolder() throws {
        for stage in Self.stages where stage.name.hasPrefix("write") {
            let (folder, output) = try populatedFolder()
            let result = try run(["generate"] + stage.arguments(folder) + ["--output", output.path])
            #expect(result.status == 0, "\(stage.name): \(result.stderr)")
            #expect(try snapshot(output)["Mine.swift"] == "644 // mine\n")
        }
    }

    /// A run waits while another holds the folder (here, this test), then writes.
    @Test func aRunWaitsForTheFolder() throws {
        let (_, output) = try populatedFolder()
        let descriptor = open(output.path, O_RDONLY)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = try toolURL()
        process.arguments = ["generate", packageRoot.appendingPathComponent("spec/coverage.yaml").path, "--output", output.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        // The run reports that it waits, and does not write while the lock is held.
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("waiting for another openapi-swift-gen run") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        #expect(String(decoding: said, as: UTF8.self).contains("waiting for another openapi-swift-gen run to finish writing \(output.path)"))
        #expect(process.isRunning)
        #expect(try String(contentsOf: output.appendingPathComponent("Models.swift"), encoding: .utf8).contains("from swagger.yaml"))
        flock(descriptor, LOCK_UN)
        close(descriptor)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOf: output.appendingPathComponent("Models.swift"), encoding: .utf8).contains("from coverage.yaml"))
    }

    /// Two runs on one folder at the same time: the folder ends up as one of them wrote it, never
    /// a mix.
    @Test func concurrentRunsDoNotInterleave() async throws {
        let specs = [seedSpec, packageRoot.appendingPathComponent("spec/coverage.yaml").path]
        var expected: [[String: String]] = []
        for spec in specs {
            let output = try temporaryFolder().appendingPathComponent("out")
            #expect(try run(["generate", spec, "--output", output.path, "--layout", "letters"]).status == 0)
            expected.append(try snapshot(output))
        }
        let output = try temporaryFolder().appendingPathComponent("out")
        for _ in 0..<4 {
            let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
                for spec in specs {
                    group.addTask { try run(["generate", spec, "--output", output.path, "--layout", "letters"]).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == [0, 0])
            #expect(try expected.contains(snapshot(output)))
        }
    }
}
