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

    /// The other Fireblocks snapshots decode; `api-spec-v2` maps discriminator values to files that
    /// are not published with it, with warnings (checked in `ExternalReferenceTests`).
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
            #expect(outcome.document != nil, "\(name): \(outcome.errorLines.prefix(3))")
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
            switch name {
            case "oai-swagger2-petstore-NEGATIVE.yaml":
                #expect(outcome.document == nil, "\(name) must be rejected")
            case "superset.json":
                // The spec declares a path parameter its path does not have: left out, with a warning.
                #expect(outcome.document != nil, "\(name): \(outcome.errorLines.prefix(3))")
                #expect(outcome.warningLines.contains("superset.json:13773:11: warning: path parameter 'schema_name' does not appear in the path '/api/v1/database/{pk}/select_star/{table_name}/'; the parameter is left out"))
                #expect(decode(bytes: bytes, file: name, strict: true).errorLines == ["superset.json:13773:11: error: path parameter 'schema_name' does not appear in the path '/api/v1/database/{pk}/select_star/{table_name}/'"])
            default:
                #expect(outcome.document != nil, "\(name): \(outcome.errorLines.prefix(3))")
            }
        }
    }
}
