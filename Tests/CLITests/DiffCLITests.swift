import Foundation
import Testing

/// `openapi-swift-gen diff`: one focused spec pair per rule in `spec/diff/` (`NAME.old.yaml`,
/// `NAME.new.yaml`, and `NAME.txt`, what the tool says of them), the Fireblocks revisions when
/// `../shared` is there, the formats and `--fail-on`. `UPDATE_DIFF_GOLDENS=1` rewrites the expected
/// outputs from the tool's (read them before committing).
@Suite struct DiffCLITests {
    static let folder = packageRoot.appendingPathComponent("spec/diff")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_DIFF_GOLDENS"] == "1"

    static let pairs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".old.yaml") }.map { String($0.dropLast(".old.yaml".count)) }.sorted()
    }()

    @Test func thereAreSpecPairs() {
        #expect(Self.pairs.count >= 20)
    }

    @Test(arguments: pairs)
    func aPairGivesItsExpectedReport(_ name: String) throws {
        let result = try run(["diff", "\(name).old.yaml", "\(name).new.yaml"], in: Self.folder)
        #expect(result.stderr == "", "no warnings: each pair is a clean spec")
        #expect(result.status == 0)
        try compare(result.stdout, toGolden: Self.folder.appendingPathComponent("\(name).txt"))
    }

    @Test func markdownPutsTheBreakingChangesFirstAndCollapsesTheRest() throws {
        let result = try run(["diff", "property-becomes-optional.old.yaml", "property-becomes-optional.new.yaml", "--format", "markdown"], in: Self.folder)
        #expect(result.status == 0)
        #expect(result.stdout == """
            **2 changes to the generated client: 1 source-breaking, 0 behavior-changing, 1 additive** (`property-becomes-optional.old.yaml` → `property-becomes-optional.new.yaml`)

            ### Source-breaking (1)

            - `Pet.name`: `String` → `String?` — a property callers read becomes optional

            <details><summary>Additive (1)</summary>

            - `NewPet.name`: `String` → `String?` — a property callers send may be left out

            </details>

            """)
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let result = try run(["diff", "operation-renamed.old.yaml", "operation-renamed.new.yaml", "--format", "json"], in: Self.folder)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["old"] as? String == "operation-renamed.old.yaml")
        #expect(object["new"] as? String == "operation-renamed.new.yaml")
        #expect(object["counts"] as? [String: Int] == ["breaking": 1, "behavior": 0, "additive": 0])
        let changes = try #require(object["changes"] as? [[String: String]])
        #expect(changes == [[
            "impact": "breaking", "kind": "renamed", "declaration": "Client.getPet(id:)", "aspect": "",
            "before": "", "after": "Client.fetchPet(id:)", "reason": "the operationId changed (same GET /pets/{})",
        ]])
    }

    @Test func failOnBreakingExitsOneOnlyWhenSomethingBreaks() throws {
        let breaking = try run(["diff", "enum-case-added.old.yaml", "enum-case-added.new.yaml", "--fail-on", "breaking"], in: Self.folder)
        #expect(breaking.status == 1)
        #expect(breaking.stdout.contains("Status.pending: added \"pending\""))
        let additive = try run(["diff", "operation-added.old.yaml", "operation-added.new.yaml", "--fail-on", "breaking"], in: Self.folder)
        #expect(additive.status == 0)
        let any = try run(["diff", "operation-added.old.yaml", "operation-added.new.yaml", "--fail-on", "any"], in: Self.folder)
        #expect(any.status == 1)
        let none = try run(["diff", "no-change.old.yaml", "no-change.new.yaml", "--fail-on", "any"], in: Self.folder)
        #expect(none.status == 0)
        #expect(none.stdout == "no-change.old.yaml → no-change.new.yaml: no changes to the generated client\n")
    }

    @Test func aSpecWithAnErrorIsALocatedError() throws {
        let folder = try temporaryFolder()
        try Data("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a: {get: {responses: {'200': {$ref: '#/nowhere'}}}}\n".utf8)
            .write(to: folder.appendingPathComponent("bad.yaml"))
        let result = try run(["diff", Self.folder.appendingPathComponent("no-change.old.yaml").path, "bad.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("bad.yaml:4:"))
        #expect(result.stderr.contains(": error: "))
    }

    @Test func theSettingsOfGenerateApply() throws {
        // A chosen name is the name the report uses.
        let result = try run([
            "diff", "property-removed.old.yaml", "property-removed.new.yaml", "--schema-name", "Pet=Animal",
        ], in: Self.folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Animal.age: removed (was Int?) — a removed property\n"))
    }

    // MARK: check and generate

    @Test func checkSaysWhatTheChangeDoesAboveTheDiffs() throws {
        let output = try temporaryFolder()
        let old = Self.folder.appendingPathComponent("property-becomes-optional.old.yaml").path
        let new = Self.folder.appendingPathComponent("property-becomes-optional.new.yaml").path
        #expect(try run(["generate", old, "--output", output.path]).status == 0)
        let stale = try run(["check", new, "--output", output.path])
        #expect(stale.status == 1)
        #expect(stale.stdout.hasPrefix("""
            \(output.path) → \(new): 2 changes to the generated client: 1 source-breaking, 0 behavior-changing, 1 additive

            Source-breaking (1):
              Pet.name: String → String? — a property callers read becomes optional

            Additive (1):
              NewPet.name: String → String? — a property callers send may be left out

            --- \(output.path)/
            """))
        #expect(stale.stdout.contains("\n--- \(output.path)/Models.swift\n"))
        // Without the surface file (an older folder), only the diffs.
        try FileManager.default.removeItem(at: output.appendingPathComponent(".openapi-swift-gen-surface.json"))
        let bare = try run(["check", new, "--output", output.path])
        #expect(bare.status == 1)
        #expect(bare.stdout.hasPrefix("--- \(output.path)/"))
    }

    @Test func generateWritesTheChangeSummaryItWasAskedFor() throws {
        let output = try temporaryFolder()
        let summary = output.deletingLastPathComponent().appendingPathComponent("\(output.lastPathComponent)-changes.md")
        let old = Self.folder.appendingPathComponent("enum-case-removed.old.yaml").path
        let new = Self.folder.appendingPathComponent("enum-case-removed.new.yaml").path
        #expect(try run(["generate", old, "--output", output.path]).status == 0)
        let result = try run(["generate", new, "--output", output.path, "--change-summary", summary.path])
        #expect(result.status == 0)
        #expect(result.stderr.hasSuffix("""
            1 change to the generated client: 1 source-breaking, 0 behavior-changing, 0 additive; written to \(summary.path)

            """))
        #expect(try String(contentsOf: summary, encoding: .utf8) == """
            **1 change to the generated client: 1 source-breaking, 0 behavior-changing, 0 additive** (`\(output.path)` → `\(new)`)

            ### Source-breaking (1)

            - `Status.sold`: removed (was `"sold"`) — a removed case

            """)
    }

    // MARK: The Fireblocks revisions

    static let fireblocks = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/specs/fireblocks")

    @Test(arguments: [
        ("swagger-1.6.2-2026-08-10-bf58853.yaml", "swagger.yaml", "markdown", "fireblocks-2026-08-10-to-newest.md"),
        ("swagger-1.6.2-2025-11-13-4e67146.yaml", "swagger-1.6.2-2026-08-10-bf58853.yaml", "text", "fireblocks-2025-11-13-to-2026-08-10.txt"),
    ])
    func fireblocksRevisions(old: String, new: String, format: String, golden: String) throws {
        guard FileManager.default.fileExists(atPath: Self.fireblocks.appendingPathComponent(new).path) else {
            print("skipping: ../shared/specs not found (the Fireblocks revisions for \(golden))")
            return
        }
        let first = try run(["diff", old, new, "--format", format], in: Self.fireblocks)
        #expect(first.status == 0)
        // Deterministic: a second run gives the same bytes.
        let second = try run(["diff", old, new, "--format", format], in: Self.fireblocks)
        #expect(first.stdout == second.stdout)
        try compare(first.stdout, toGolden: Self.folder.appendingPathComponent("fireblocks/\(golden)"))
    }

    /// Compares with the expected file, or writes it when updating.
    private func compare(_ output: String, toGolden url: URL) throws {
        if Self.updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard output != expected else { return }
        let got = output.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        Issue.record("""
            \(url.lastPathComponent) differs from line \(first + 1) (UPDATE_DIFF_GOLDENS=1 rewrites it):
            expected: \(first < want.count ? String(want[first]) : "<end>")
            got:      \(first < got.count ? String(got[first]) : "<end>")
            """)
    }
}
