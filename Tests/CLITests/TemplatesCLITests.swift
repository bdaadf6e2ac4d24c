import Foundation
import Testing

/// `--templates`, `templates export` and `templates context`.
@Suite struct TemplatesCLITests {
    @Test func exportWritesEveryBuiltInTemplate() throws {
        let folder = try temporaryFolder().appendingPathComponent("templates")
        let result = try run(["templates", "export", folder.path])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.contains("struct.mustache"))
        #expect(names.contains("operation.mustache"))
        #expect(result.stderr == "\(names.count) of \(names.count) templates written to \(folder.path)\n")
        let exported = try String(contentsOf: folder.appendingPathComponent("struct.mustache"), encoding: .utf8)
        #expect(exported == (try String(contentsOf: packageRoot.appendingPathComponent("Templates/struct.mustache"), encoding: .utf8)))
    }

    /// A user template overrides one block of `struct` and keeps the rest.
    @Test func aTemplatesFolderOverridesOneBlock() throws {
        let templates = try temporaryFolder()
        try Data("""
            {{% CONTENT_TYPE: TEXT}}
            {{#isStruct}}
            {{<struct}}
            {{$modelDoc}}
            /// Part of the balances API.
            {{/modelDoc}}
            {{$conformances}}ObjectModel, Identifiable{{/conformances}}
            {{/struct}}
            {{/isStruct}}
            {{#isEnum}}
            {{>enum}}
            {{/isEnum}}
            {{#isUnion}}
            {{>union}}
            {{/isUnion}}
            {{#isTypealias}}
            {{>typealias}}
            {{/isTypealias}}
            """.utf8).write(to: templates.appendingPathComponent("model.mustache"))
        let output = try temporaryFolder()
        let result = try run(["generate", seedSpec, "--output", output.path, "--templates", templates.path])
        #expect(result.status == 0)
        let models = try String(contentsOf: output.appendingPathComponent("Models.swift"), encoding: .utf8)
        #expect(models.contains("/// Part of the balances API.\npublic struct ErrorSchema: ObjectModel, Identifiable {"))
        #expect(models.contains("    public init(from decoder: any Decoder) throws {"))
    }

    @Test func aBrokenTemplateIsLocated() throws {
        let templates = try temporaryFolder()
        try Data("{{% CONTENT_TYPE: TEXT}}\n{{#models}}\n{{name}}\n".utf8).write(to: templates.appendingPathComponent("models.mustache"))
        let output = try temporaryFolder()
        let result = try run(["generate", seedSpec, "--output", output.path, "--templates", templates.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(templates.appendingPathComponent("models.mustache").path + ":2:1: error: template does not parse: 'models' is opened here and never closed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    /// A misspelt key would render as nothing, and a misspelt partial as nothing too: both are errors.
    @Test func unknownKeysAndPartialsAreLocatedErrors() throws {
        let templates = try temporaryFolder()
        try Data("{{% CONTENT_TYPE: TEXT}}\n{{#models}}\n{{>modle}}\n{{nmae}}\n{{/models}}\n".utf8)
            .write(to: templates.appendingPathComponent("models.mustache"))
        let output = try temporaryFolder()
        let result = try run(["generate", seedSpec, "--output", output.path, "--templates", templates.path])
        #expect(result.status == 1)
        let file = templates.appendingPathComponent("models.mustache").path
        #expect(result.stderr == """
            \(file):3:1: error: unknown template 'modle'; did you mean 'model'?
            \(file):4:1: error: unknown key 'nmae': no context has it, so it would render as nothing; did you mean 'name'?

            """)
    }

    @Test func contextPrintsEveryFilesContextAsJSON() throws {
        let result = try run(["templates", "context", seedSpec])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?.keys.sorted() == ["Client.swift", "Models.swift", "Operations.swift", "Support.swift"])
        let models = (json?["Models.swift"] as? [String: Any])?["models"] as? [[String: Any]]
        #expect(models?.map { $0["name"] as? String } == ["ConnectedAccountBalancesResponse", "ConnectedAccountBalances", "ErrorSchema"])
        let client = (json?["Client.swift"] as? [String: Any])?["client"] as? [String: Any]
        #expect(client?["typeName"] as? String == "Client")
    }
}
