// The settings of one run of the tool, resolved: the command line's over the configuration file's
// over the defaults, with the templates folder loaded and checked before any spec is read.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Translation

/// What a run of the tool uses.
public struct RunSettings: Sendable {
    /// The OpenAPI document, as a path the user gave (or the configuration file's, relative to the
    /// working directory).
    public var spec: String
    /// The folder the generated files go to.
    public var output: String
    /// The folder the files `$ref`s point to must lie in; `nil` for the spec's own folder.
    public var refRoot: String?
    public var config = GeneratorConfig()
    /// Warnings to print before the run (a templates folder that holds no templates).
    public var messages: [String] = []
    /// Whether the run's notes (which operations are paginated…) are printed with its warnings.
    public var verbose = false

    /// The documents looked for in the working directory when neither the command line nor the
    /// configuration file names one.
    public static let defaultSpecNames = ["openapi.yaml", "openapi.yml", "openapi.json"]

    /// The output folder when neither the command line nor the configuration file names one.
    public static let defaultOutput = "Generated"

    /// The default of `spec`, as the README and `--help` describe it.
    static var defaultSpecDescription: String {
        proseList(defaultSpecNames.map { "`\($0)`" }) + " in the working directory"
    }

    /// Resolves the settings of a run.
    ///
    /// - Parameters:
    ///   - flags: the settings given on the command line (`ConfigFile(flags:)`); they win.
    ///   - configFile: the configuration file to read; `nil` reads `openapi-swift-gen.yaml` from the
    ///     working directory when there is one.
    /// - Throws: `RunError` for a configuration file that cannot be read or has mistakes, for
    ///   templates that cannot be read or have mistakes, and when no spec is named and the working
    ///   directory holds none (or several) of `defaultSpecNames`.
    public init(flags: ConfigFile, configFile: String?) throws(RunError) {
        var file = ConfigFile()
        let configPath = configFile ?? (FileManager.default.fileExists(atPath: ConfigFile.defaultFileName) ? ConfigFile.defaultFileName : nil)
        if let configPath {
            file = try Self.readConfig(configPath)
            // Paths in the configuration file are relative to its folder.
            let base = SpecSource.folder(of: configPath)
            file = file.resolvingPaths(against: base == "./" ? "" : base)
        }
        let settings = file.overridden(by: flags)
        if let path = settings.spec {
            spec = path
        } else {
            spec = try Self.findSpec(configPath: configPath)
        }
        output = settings.output ?? Self.defaultOutput
        refRoot = settings.refRoot
        config.access = settings.access ?? config.access
        config.clientTypeName = settings.clientName ?? config.clientTypeName
        config.layout = settings.layout.flatMap(OutputLayout.init(rawValue:)) ?? config.layout
        config.imports = settings.imports
        config.filter.tags = settings.tags
        config.filter.operationIds = settings.operations
        config.filter.paths = settings.paths
        config.schemaNames = settings.schemaNames
        config.propertyNames = settings.propertyNames
        config.operationNames = settings.operationNames
        config.types = settings.types
        config.pagination = settings.pagination.mapValues(Self.paginationOverride)
        config.limits.parse.maxDepth = settings.maxNesting ?? config.limits.parse.maxDepth
        config.limits.parse.maxNodes = settings.maxNodes ?? config.limits.parse.maxNodes
        config.limits.parse.maxAliasNodes = settings.maxAliasNodes ?? config.limits.parse.maxAliasNodes
        config.limits.parse.maxBytes = settings.maxDocumentMiB.map { $0 << 20 } ?? config.limits.parse.maxBytes
        config.limits.maxReferenceDepth = settings.maxReferenceDepth ?? config.limits.maxReferenceDepth
        config.limits.maxFiles = settings.maxFiles ?? config.limits.maxFiles
        config.strict = settings.strict ?? config.strict
        if let templates = settings.templates {
            do throws(DiagnosticError) {
                let loaded = try TemplateLibrary.load(folder: templates)
                config.templates = loaded.library
                messages = loaded.warnings.map(\.description)
            } catch {
                throw RunError(messages: error.diagnostics.map(\.description))
            }
        }
    }

    /// A `pagination` entry, which its setting's rule has checked: `false` or `cursor,next,items`.
    private static func paginationOverride(_ text: String) -> PaginationOverride {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard text != "false", names.count == 3 else { return .off }
        return .fields(cursor: names[0], next: names[1], items: names[2])
    }

    /// The one default document in the working directory.
    private static func findSpec(configPath: String?) throws(RunError) -> String {
        let found = defaultSpecNames.filter { FileManager.default.fileExists(atPath: $0) }
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            throw RunError(messages: [
                Diagnostic.error("several OpenAPI documents in the working directory (\(found.joined(separator: ", "))); pass one as SPEC", at: nil).description
            ])
        }
        let configuration = configPath.map { "'spec' in \($0)" } ?? "a configuration file (\(ConfigFile.defaultFileName))"
        throw RunError(messages: [
            Diagnostic.error("no OpenAPI document given, and none found in the working directory", at: nil).description,
            Diagnostic(.note, "looked for \(configuration), then for \(proseList(defaultSpecNames, "and")); pass the document as SPEC, or name it with 'spec' in \(ConfigFile.defaultFileName)", at: nil).description,
        ])
    }

    private static func readConfig(_ path: String) throws(RunError) -> ConfigFile {
        guard let bytes = FileBytes.contents(atPath: path) else {
            throw RunError(messages: [Diagnostic.error("cannot read the configuration file '\(path)'", at: nil).description])
        }
        do {
            return try ConfigFile.parse(bytes, file: path)
        } catch {
            let lines = SourceLines(bytes: bytes)
            throw RunError(messages: error.diagnostics.map { $0.rendered(source: lines) })
        }
    }
}
