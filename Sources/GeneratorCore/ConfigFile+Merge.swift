// How the settings of the command line and of the configuration file combine, setting by setting
// from `ConfigFile.keys`.

extension ConfigFile {
    /// The file's paths (`spec`, `output`, `templates`) taken relative to `base` (a folder with a
    /// trailing `/`, or empty for the working directory); absolute paths stay as they are.
    func resolvingPaths(against base: String) -> ConfigFile {
        var result = self
        for key in Self.keys where key.rule == .path {
            guard case .text(let field) = key.field, let path = self[keyPath: field] else { continue }
            result[keyPath: field] = path.hasPrefix("/") ? path : base + path
        }
        return result
    }

    /// These settings with `flags` over them: a value given wins, a list given replaces the list, and
    /// map entries are added to the map (replacing entries with the same key).
    public func overridden(by flags: ConfigFile) -> ConfigFile {
        var result = self
        for key in Self.keys {
            switch key.field {
            case .text(let field):
                result[keyPath: field] = flags[keyPath: field] ?? self[keyPath: field]
            case .number(let field):
                result[keyPath: field] = flags[keyPath: field] ?? self[keyPath: field]
            case .flag(let field):
                result[keyPath: field] = flags[keyPath: field] ?? self[keyPath: field]
            case .list(let field):
                if !flags[keyPath: field].isEmpty { result[keyPath: field] = flags[keyPath: field] }
            case .map(let field):
                result[keyPath: field].merge(flags[keyPath: field]) { $1 }
            }
        }
        return result
    }
}
