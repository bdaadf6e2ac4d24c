// The configuration file: every key read, and every mistake reported where it is.

import Diagnostics
import Foundation
import GeneratorCore
import Testing

@Suite struct ConfigFileTests {
    func parse(_ text: String) throws(DiagnosticError) -> ConfigFile {
        try ConfigFile.parse(Array(text.utf8), file: "c.yaml")
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func everyKeyIsRead() throws {
        let config = try parse("""
            spec: api/openapi.yaml
            output: Sources/API
            access: package
            clientName: PetStore
            layout: letters
            templates: templates
            imports: [MyTypes]
            filter:
              tags: [Pets]
              operations: [getPet]
              paths: ['/pets/{id}']
            names:
              schemas: {Pet: Animal}
              properties: {Pet.pet_name: name}
              operations: {getPet: animal}
            types: {Money: Foundation.Decimal}
            """)
        var expected = ConfigFile()
        expected.spec = "api/openapi.yaml"
        expected.output = "Sources/API"
        expected.access = "package"
        expected.clientName = "PetStore"
        expected.layout = "letters"
        expected.templates = "templates"
        expected.imports = ["MyTypes"]
        expected.tags = ["Pets"]
        expected.operations = ["getPet"]
        expected.paths = ["/pets/{id}"]
        expected.schemaNames = ["Pet": "Animal"]
        expected.propertyNames = ["Pet.pet_name": "name"]
        expected.operationNames = ["getPet": "animal"]
        expected.types = ["Money": "Foundation.Decimal"]
        #expect(config == expected)
        #expect(try parse("") == ConfigFile())
    }

    @Test func mistakesAreLocatedWithSuggestions() {
        #expect(errors("""
            acess: internal
            layout: pages
            filter:
              tag: [Pets]
            names:
              schemas: {Pet: animal}
              operation: {}
            colour: red
            """) == [
            "c.yaml:1:1: error: unknown configuration key 'acess'; did you mean 'access'?",
            "c.yaml:2:9: error: 'layout' must be auto, single or letters, not 'pages'",
            "c.yaml:4:3: error: unknown key 'tag' in 'filter'; did you mean 'tags'?",
            "c.yaml:6:18: error: 'names.schemas.Pet' must be a type name starting with an uppercase letter, not 'animal'",
            "c.yaml:7:3: error: unknown key 'operation' in 'names'; did you mean 'operations'?",
            "c.yaml:8:1: error: unknown configuration key 'colour' (known keys: spec, output, refRoot, access, clientName, layout, templates, imports, filter, names, types, pagination, limits, strict)",
        ])
    }

    @Test func valuesOfTheWrongKindAreLocated() {
        #expect(errors("""
            access: private
            imports: Foundation
            filter: [tags]
            clientName: 'My Client'
            types: {Money: 3}
            limits: {nesting: four}
            """) == [
            "c.yaml:1:9: error: 'access' must be public, package or internal, not 'private'",
            "c.yaml:2:10: error: 'imports' must be a list of strings, not a string",
            "c.yaml:3:9: error: 'filter' must be a mapping, not a sequence",
            "c.yaml:4:13: error: 'clientName' must be a Swift identifier, not 'My Client'",
            "c.yaml:6:19: error: 'limits.nesting' must be a whole number from 1 to 10000, not 'four'",
        ])
        #expect(errors("- a\n- b\n") == ["c.yaml:1:1: error: the configuration must be a mapping, not a sequence"])
    }

    @Test func aFileThatIsNotYAMLIsALocatedError() {
        #expect(errors("a: [1, 2\n").first?.hasPrefix("c.yaml:") == true)
    }

    /// The README's table of settings is `ConfigFile.keys`, row for row.
    @Test func theReadmeListsEverySetting() throws {
        let lines = try readText("README.md").split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex(of: "| key | flag | value | default | what it does |"))
        let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
        let expected = ConfigFile.keys.map { key in
            "| `\(key.name)` | `\(key.flag)` | \(key.value) | \(key.defaultValue) | \(key.summary) |"
        }
        #expect(rows.map(String.init) == expected)
    }
}
