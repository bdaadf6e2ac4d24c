import Diagnostics
import OpenAPIModel
import Testing

/// The shared corpus next to the package (`<root>/../shared/specs`), when present.
private let sharedSpecs = packageRoot + "/../shared/specs"

@Suite struct RealWorldTests {
    @Test func fireblocks() throws {
        guard let bytes = readBytes(sharedSpecs + "/fireblocks/swagger.yaml") else {
            print("skipping: ../shared/specs not found")
            return
        }
        let outcome = decode(bytes: bytes, file: "swagger.yaml")
        for line in outcome.errorLines.prefix(50) { print(line) }
        #expect(outcome.errors.isEmpty)
        let document = try #require(outcome.document)
        #expect(document.operations.count == 465)
        #expect(document.components.schemas.count == 1259)
    }

    /// The other Fireblocks snapshots: reported, not asserted (they may be older or newer dialects).
    @Test func otherFireblocksSnapshots() {
        guard let names = listDirectory(sharedSpecs + "/fireblocks") else {
            print("skipping: ../shared/specs not found")
            return
        }
        for name in names where name.hasSuffix(".yaml") && name != "swagger.yaml" {
            guard let bytes = readBytes(sharedSpecs + "/fireblocks/" + name) else { continue }
            let outcome = decode(bytes: bytes, file: name, reader: folderReader(sharedSpecs + "/fireblocks"))
            if let document = outcome.document {
                print("fireblocks \(name): ok, \(document.operations.count) operations, \(document.components.schemas.count) schemas")
            } else {
                print("fireblocks \(name): \(outcome.errors.count) errors")
                for line in outcome.errorLines.prefix(8) { print("  \(line)") }
            }
        }
    }

    @Test func realWorldCorpus() {
        guard let names = listDirectory(sharedSpecs + "/realworld") else {
            print("skipping: ../shared/specs not found")
            return
        }
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".json") {
            guard let bytes = readBytes(sharedSpecs + "/realworld/" + name) else { continue }
            let outcome = decode(bytes: bytes, file: name)
            if let document = outcome.document {
                print("realworld \(name): ok, \(document.operations.count) operations, \(document.components.schemas.count) schemas, \(outcome.warnings.count) warnings")
            } else {
                print("realworld \(name): \(outcome.errors.count) errors")
                for line in outcome.errorLines.prefix(8) { print("  \(line)") }
            }
            if name.contains("NEGATIVE") {
                #expect(outcome.document == nil, "\(name) must be rejected")
            }
        }
    }
}
