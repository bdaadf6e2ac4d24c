// Every setting is checked by one rule from `ConfigFile.keys`, on the command line and in the
// configuration file: the same values pass, and a mistake gets the same message after its subject
// (`--access must be …` / `'access' must be …`).

import Diagnostics
import Foundation
import GeneratorCore
import Testing

@Suite struct SettingRulesTests {
    /// Values that break some rules and follow others; the empty string breaks every rule.
    static let samples = ["", "open", "public", "internal", "0", "1", "64", "65", "four", "My Client", "animal", "Animal", "_x", "api/openapi.yaml"]

    /// A map setting's sample goes in as the value of this entry.
    static let entry = "Entry"

    func flagValues(_ key: ConfigFile.Key, _ sample: String) -> [String] {
        key.shape == .map ? ["\(Self.entry)=\(sample)"] : [sample]
    }

    /// The sample in a configuration file, under its section (`filter.tags` → `filter: {tags: …}`).
    func fileText(_ key: ConfigFile.Key, _ sample: String) -> String {
        let quoted = "'" + sample.replacingOccurrences(of: "'", with: "''") + "'"
        let value = switch key.shape {
        case .single: quoted
        case .list: "[\(quoted)]"
        case .map: "{\(Self.entry): \(quoted)}"
        }
        let parts = key.name.split(separator: ".")
        return parts.count == 2 ? "\(parts[0]): {\(parts[1]): \(value)}\n" : "\(key.name): \(value)\n"
    }

    func fromFlags(_ key: ConfigFile.Key, _ values: [String]) -> Result<ConfigFile, DiagnosticError> {
        Result { () throws(DiagnosticError) in try ConfigFile(flags: [(key.name, values)]) }
    }

    func fromFile(_ text: String) -> Result<ConfigFile, DiagnosticError> {
        Result { () throws(DiagnosticError) in try ConfigFile.parse(Array(text.utf8), file: "c.yaml") }
    }

    func messages(_ result: Result<ConfigFile, DiagnosticError>) -> [String] {
        guard case .failure(let error) = result else { return [] }
        return error.diagnostics.map(\.message)
    }

    @Test(arguments: ConfigFile.keys.map(\.name))
    func theFlagAndTheFileKeyFollowOneRule(_ name: String) throws {
        let key = try #require(ConfigFile.keys.first { $0.name == name })
        #expect(Self.samples.contains { !key.rule.accepts($0) }, "no sample breaks the rule of \(name)")
        let flagSubject = key.flagName + (key.shape == .map ? " \(Self.entry)" : "")
        let fileSubject = "'" + key.name + (key.shape == .map ? ".\(Self.entry)" : "") + "'"
        for sample in Self.samples {
            let flag = fromFlags(key, flagValues(key, sample))
            let file = fromFile(fileText(key, sample))
            let flagMessages = messages(flag)
            let fileMessages = messages(file)
            #expect(flagMessages.count == fileMessages.count, "\(name) = '\(sample)': flag \(flagMessages), file \(fileMessages)")
            #expect(flagMessages.isEmpty == key.rule.accepts(sample), "\(name) = '\(sample)'")
            for (flagMessage, fileMessage) in zip(flagMessages, fileMessages) {
                #expect(flagMessage.hasPrefix(flagSubject + " must be "), "\(flagMessage)")
                #expect(fileMessage.hasPrefix(fileSubject + " must be "), "\(fileMessage)")
                #expect(flagMessage.dropFirst(flagSubject.count) == fileMessage.dropFirst(fileSubject.count))
            }
            // A value both accept is read as the same setting.
            if case .success(let fromFlag) = flag, case .success(let fromFile) = file {
                #expect(fromFlag == fromFile, "\(name) = '\(sample)'")
            }
        }
    }

    /// A map entry is `key=value` on the command line and a mapping in the file; a value of another
    /// form gets the same message shape in both.
    @Test(arguments: ConfigFile.keys.filter { $0.shape == .map }.map(\.name))
    func aMapTakesEntries(_ name: String) throws {
        let key = try #require(ConfigFile.keys.first { $0.name == name })
        let flag = messages(fromFlags(key, ["Money"]))
        let parts = key.name.split(separator: ".")
        let file = messages(fromFile(parts.count == 2 ? "\(parts[0]): {\(parts[1]): Money}\n" : "\(key.name): Money\n"))
        #expect(flag == ["\(key.flagName) must be a key=value pair, not 'Money'"])
        #expect(file == ["'\(key.name)' must be a mapping, not a string"])
    }

    /// On the command line, a value given wins, a list replaces the file's, and map entries are
    /// added to the file's.
    @Test func flagsOverTheFile() throws {
        let file = try ConfigFile.parse(Array("""
            output: out
            access: internal
            imports: [A, B]
            types: {Money: Decimal, Date: String}

            """.utf8), file: "c.yaml")
        let flags = try ConfigFile(flags: [("access", ["package"]), ("imports", ["C"]), ("types", ["Date=Foundation.Date"])])
        let settings = file.overridden(by: flags)
        #expect(settings.output == "out")
        #expect(settings.access == "package")
        #expect(settings.imports == ["C"])
        #expect(settings.types == ["Money": "Decimal", "Date": "Foundation.Date"])
    }
}
