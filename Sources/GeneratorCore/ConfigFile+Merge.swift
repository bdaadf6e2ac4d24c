// How the settings of the command line and of the configuration file combine.

extension ConfigFile {
    /// The file's paths (`spec`, `output`, `templates`) taken relative to `base` (a folder with a
    /// trailing `/`, or empty for the working directory); absolute paths stay as they are.
    func resolvingPaths(against base: String) -> ConfigFile {
        func path(_ value: String?) -> String? {
            value.map { $0.hasPrefix("/") ? $0 : base + $0 }
        }
        var result = self
        result.spec = path(spec)
        result.output = path(output)
        result.templates = path(templates)
        return result
    }

    /// These settings with `flags` over them: a value given wins, a list given replaces the list, and
    /// map entries are added to the map (replacing entries with the same key).
    public func overridden(by flags: ConfigFile) -> ConfigFile {
        var result = self
        result.spec = flags.spec ?? spec
        result.output = flags.output ?? output
        result.access = flags.access ?? access
        result.clientName = flags.clientName ?? clientName
        result.shards = flags.shards ?? shards
        result.templates = flags.templates ?? templates
        result.imports = flags.imports.isEmpty ? imports : flags.imports
        result.tags = flags.tags.isEmpty ? tags : flags.tags
        result.operations = flags.operations.isEmpty ? operations : flags.operations
        result.paths = flags.paths.isEmpty ? paths : flags.paths
        result.schemaNames.merge(flags.schemaNames) { $1 }
        result.propertyNames.merge(flags.propertyNames) { $1 }
        result.operationNames.merge(flags.operationNames) { $1 }
        result.types.merge(flags.types) { $1 }
        return result
    }
}
