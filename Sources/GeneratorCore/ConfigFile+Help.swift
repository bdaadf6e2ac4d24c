// The command-line help of each setting, from `ConfigFile.keys` (the one place settings are
// described), so that `--help`, the README's table and the file's checks say the same.

import Basics

extension ConfigFile {
    /// The help of the flag that sets `key`: its summary and default, Markdown backticks removed,
    /// and the value name of a map flag (`--type Schema=SwiftType` → `Schema=SwiftType`).
    public static func help(for key: String) -> (text: String, valueName: String?) {
        guard let entry = keys.first(where: { $0.name == key }) else { preconditionFailure("no setting named \(key) in ConfigFile.keys") }
        var text = entry.summary
        switch entry.shape {
        case .single: if entry.rule.listsValues { text += " Values: " + entry.value + "." }
        case .list: text += " Repeatable."
        case .map: text += " Repeatable, as key=value."
        }
        if !["none", "all"].contains(entry.defaultValue) { text += " Default: " + entry.defaultValue + "." }
        let mapValue = entry.flag.split(separator: " ").dropFirst().first.map(String.init)
        return (text.replacingAll("`", with: ""), mapValue)
    }
}
