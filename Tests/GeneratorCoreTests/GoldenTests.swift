import Foundation
import GeneratorCore
import Rendering
import Testing

/// The committed companion target is exactly what the generator produces for `spec/swagger.yaml`:
/// a missing file, an extra file or a changed line fails, with a unified diff. After an intended
/// change, regenerate with `swift run openapi-swift-gen` (or set `UPDATE_GOLDEN=1` for this test).
@Suite struct GoldenTests {
    static let target = "Sources/FireblocksConnectedAccounts"

    @Test func theCompanionTargetIsTheGeneratedOutput() throws {
        let spec = Array(try readText("spec/swagger.yaml").utf8)
        let generated = try Generator.generate(spec: spec, fileName: "swagger.yaml").files
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            for file in generated {
                try Data(file.contents.utf8).write(to: packageRoot.appendingPathComponent("\(Self.target)/\(file.name)"))
            }
        }
        let committed = try files(in: Self.target, withExtension: "swift")
        let expectedNames = Set(generated.map(\.name))
        for extra in Set(committed.keys).subtracting(expectedNames).sorted() {
            Issue.record("\(Self.target)/\(extra) is committed but not generated")
        }
        for file in generated {
            guard let old = committed[file.name] else {
                Issue.record("\(Self.target)/\(file.name) is generated but not committed")
                continue
            }
            if old != file.contents {
                let diff = unifiedDiff(old, file.contents, oldName: "committed/\(file.name)", newName: "generated/\(file.name)")
                Issue.record("\(file.name) differs from the generator's output:\n\(diff)")
            }
        }
    }

    /// The templates compiled into the generator are the files of `Templates/` (both ways). After
    /// editing a template, run this test with `UPDATE_EMBEDDED_TEMPLATES=1` to rewrite
    /// `Sources/Rendering/BuiltInTemplates.swift`, then rebuild.
    @Test func theEmbeddedTemplatesAreTheTemplatesFolder() throws {
        let folder = try files(in: "Templates", withExtension: "mustache")
        let onDisk = Dictionary(uniqueKeysWithValues: folder.map { (String($0.key.dropLast(".mustache".count)), $0.value) })
        if ProcessInfo.processInfo.environment["UPDATE_EMBEDDED_TEMPLATES"] == "1" {
            try Data(Self.embeddedSource(onDisk).utf8).write(to: packageRoot.appendingPathComponent("Sources/Rendering/BuiltInTemplates.swift"))
        }
        let embedded = TemplateSet.builtIn.sources
        #expect(Set(embedded.keys) == Set(onDisk.keys))
        for (name, text) in onDisk.sorted(by: { $0.key < $1.key }) {
            let inBinary = embedded[name] ?? ""
            if inBinary != text {
                let diff = unifiedDiff(inBinary, text, oldName: "embedded", newName: "Templates/\(name).mustache")
                Issue.record("\(name).mustache differs from the embedded copy:\n\(diff)")
            }
        }
        #expect(try readText("Sources/Rendering/BuiltInTemplates.swift") == Self.embeddedSource(onDisk))
    }

    static func embeddedSource(_ templates: [String: String]) -> String {
        var lines = [
            "// The built-in templates, embedded so the generator needs no resource files at run time.",
            "// Generated from Templates/*.mustache: run `UPDATE_EMBEDDED_TEMPLATES=1 swift test --filter GoldenTests` after editing them.",
            "",
            "enum BuiltInTemplates {",
            "    static let sources: [String: String] = [",
        ]
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            lines.append("        \"\(name)\": #\"\"\"")
            lines.append(text + "\n\"\"\"#,")
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `spec/swagger.yaml` is the seed document, byte for byte.
    @Test func theSeedSpecIsTheOriginal() throws {
        guard let original = sharedFolder("seed/swagger.yaml") else { return }
        #expect(try Data(contentsOf: original) == Data(contentsOf: packageRoot.appendingPathComponent("spec/swagger.yaml")))
    }

    @Test func theDiffNamesTheChangedLines() {
        let diff = unifiedDiff("a\nb\nc\n", "a\nB\nc\n", oldName: "old", newName: "new")
        #expect(diff == "--- old\n+++ new\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n ")
    }
}
