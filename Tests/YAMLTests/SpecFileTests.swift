// Parses real documents from disk: the project's own seed spec, and (when the shared corpus sits
// next to the package) every Fireblocks and real-world spec, so libyaml quirks show up here first.

import Diagnostics
import Foundation
import Testing
@testable import YAML

/// The package root, found from this file's path (Tests/YAMLTests/<file>).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func parseFile(_ url: URL) throws -> Node {
    let bytes = try [UInt8](Data(contentsOf: url))
    return try YAMLParser.parse(bytes, file: url.lastPathComponent)
}

/// Spec files (YAML or JSON) in `../shared/specs/<folder>`, or `nil` when the corpus is absent.
private func corpusFiles(_ folder: String) throws -> [URL]? {
    let directory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/specs/\(folder)")
    guard FileManager.default.fileExists(atPath: directory.path) else {
        print("skipping: ../shared/specs not found")
        return nil
    }
    return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        .filter { ["yaml", "yml", "json"].contains($0.pathExtension) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// Parses every file, returning "name: diagnostics" for each failure.
private func failures(in files: [URL]) -> [String] {
    var failures: [String] = []
    for file in files {
        do {
            let root = try parseFile(file)
            #expect(root.pairs != nil, "\(file.lastPathComponent) is not a mapping")
        } catch let error as DiagnosticError {
            failures.append("\(file.lastPathComponent): \(error)")
        } catch {
            failures.append("\(file.lastPathComponent): \(error)")
        }
    }
    return failures
}

@Test func seedSpecParses() throws {
    let doc = try parseFile(packageRoot.appendingPathComponent("spec/swagger.yaml"))
    #expect(doc["openapi"]?.text == "3.0.0")
    #expect(doc["openapi"]?.string == "3.0.0")
    let operationID = doc["paths"]?["/connected_accounts/{accountId}/balances"]?["get"]?["operationId"]
    #expect(operationID?.string == "getConnectedAccountBalances")
    #expect(operationID?.location == Diagnostics.SourceLocation(file: "swagger.yaml", line: 37, column: 20))
    let path = doc["paths"]?.pairs?.first { $0.key.text == "/connected_accounts/{accountId}/balances" }
    #expect(path?.key.location == Diagnostics.SourceLocation(file: "swagger.yaml", line: 25, column: 3))
}

@Test func fireblocksSpecsParse() throws {
    guard let files = try corpusFiles("fireblocks") else { return }
    #expect(!files.isEmpty)
    let failed = failures(in: files)
    for failure in failed { print("FAILED \(failure)") }
    #expect(failed.isEmpty)
}

@Test func realWorldSpecsParse() throws {
    guard let files = try corpusFiles("realworld") else { return }
    #expect(!files.isEmpty)
    let failed = failures(in: files)
    for failure in failed { print("FAILED \(failure)") }
    #expect(failed.isEmpty)
}
