import ArgumentParser
import Diagnostics
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GeneratorCore
import Rendering

/// What a run uses: the command-line flags over the configuration file over the defaults.
struct Settings {
    var spec = "spec/swagger.yaml"
    var output = "Sources/FireblocksConnectedAccounts"
    var config = GeneratorConfig()

    init(_ options: SpecOptions) throws {
        var file = ConfigFile()
        var base = ""
        let configPath = options.config ?? (FileManager.default.fileExists(atPath: ConfigFile.defaultFileName) ? ConfigFile.defaultFileName : nil)
        if let configPath {
            file = try Self.readConfig(configPath)
            base = Pipeline.specFolder(configPath)
            if base == "./" { base = "" }
        }
        // Paths in the configuration file are relative to its folder.
        func path(_ value: String?) -> String? {
            value.map { $0.hasPrefix("/") ? $0 : base + $0 }
        }
        // The tool exits as soon as the files are written.
        config.keepsIntermediates = true
        spec = options.spec ?? path(file.spec) ?? spec
        output = options.output ?? path(file.output) ?? output
        config.access = options.access ?? file.access ?? config.access
        config.clientTypeName = options.clientName ?? file.clientName ?? config.clientTypeName
        config.shards = options.shards ?? file.shards ?? config.shards
        config.imports = options.imports.isEmpty ? file.imports : options.imports
        config.filter.tags = options.tags.isEmpty ? file.tags : options.tags
        config.filter.operationIds = options.operationIds.isEmpty ? file.operations : options.operationIds
        config.filter.paths = options.paths.isEmpty ? file.paths : options.paths
        config.schemaNames = Self.merge(file.schemaNames, options.schemaNames)
        config.propertyNames = Self.merge(file.propertyNames, options.propertyNames)
        config.operationNames = Self.merge(file.operationNames, options.operationNames)
        config.types = Self.merge(file.types, options.types)
        if let templates = options.templates ?? path(file.templates) {
            let userTemplates = try Self.readTemplates(templates)
            config.templates.override(with: userTemplates)
            // Template mistakes are reported here, against the user's files.
            do throws(DiagnosticError) {
                _ = try Renderer(templates: config.templates)
                let names = Set(config.templates.sources.keys)
                let problems = userTemplates.keys.sorted().flatMap { name in
                    TemplateLint.check(name: name, source: userTemplates[name] ?? "", templates: names)
                }
                if !problems.isEmpty { throw DiagnosticError(problems) }
            } catch {
                for var diagnostic in error.diagnostics {
                    if let name = diagnostic.location?.file {
                        diagnostic.location?.file = URL(fileURLWithPath: templates).appendingPathComponent(name).path
                    }
                    Console.print(diagnostic.rendered(source: SourceLines?.none))
                }
                throw ExitCode(1)
            }
        }
    }

    /// The file's entries with the flags' `key=value` entries over them.
    private static func merge(_ file: [String: String], _ flags: [String]) -> [String: String] {
        var result = file
        for flag in flags {
            if let pair = FlagPair.parse(flag) { result[pair.key] = pair.value }
        }
        return result
    }

    private static func readConfig(_ path: String) throws -> ConfigFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.print("error: cannot read the configuration file '\(path)'")
            throw ExitCode(1)
        }
        let bytes = [UInt8](data)
        do {
            return try ConfigFile.parse(bytes, file: path)
        } catch {
            let lines = SourceLines(bytes: bytes)
            for diagnostic in error.diagnostics { Console.print(diagnostic.rendered(source: lines)) }
            throw ExitCode(1)
        }
    }

    /// The `.mustache` files of a folder, by name without the extension.
    private static func readTemplates(_ folder: String) throws -> [String: String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            Console.print("error: cannot read the templates folder '\(folder)'")
            throw ExitCode(1)
        }
        var templates: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                Console.print("error: cannot read the template '\(path)'")
                throw ExitCode(1)
            }
            templates[String(name.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        }
        if templates.isEmpty {
            Console.print("warning: '\(folder)' holds no .mustache files; the built-in templates are used")
        }
        return templates
    }
}

extension ConfigFile {
    /// The help of the flag that sets `key`, from `ConfigFile.keys` (the one place settings are
    /// described): its summary and default, Markdown backticks removed. Map flags take their value
    /// name from the key's flag (`--type Schema=SwiftType` → `Schema=SwiftType`).
    static func help(_ key: String, valueName: String? = nil) -> ArgumentHelp {
        guard let entry = keys.first(where: { $0.name == key }) else { preconditionFailure("no setting named \(key) in ConfigFile.keys") }
        var text = entry.summary
        if entry.value.hasPrefix("list") { text += " Repeatable." }
        if entry.value == "map" { text += " Repeatable, as key=value." }
        if !["path", "map", "Swift type name"].contains(entry.value), !entry.value.hasPrefix("list") {
            text += " Values: " + entry.value + "."
        }
        if !["none", "all"].contains(entry.defaultValue) { text += " Default: " + entry.defaultValue + "." }
        let mapValue = entry.flag.split(separator: " ").dropFirst().first.map(String.init)
        return ArgumentHelp(text.replacingAll("`", with: ""), valueName: valueName ?? mapValue)
    }
}

/// The tool's version, printed by `--version`.
let toolVersion = "0.4.0"
