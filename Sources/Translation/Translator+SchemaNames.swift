import Basics
import Diagnostics
import OpenAPIModel

extension Translator {
    /// Gives every component schema its Swift name. Schemas whose names collide in Swift
    /// (`user-name`, `UserName`, `user_name`) are told apart by `SwiftName.distinctTypeNames`, in
    /// the order of their spec names, with a warning naming both and the override that chooses
    /// another name. Two names chosen with `names.schemas` that collide are an error.
    mutating func assignSchemaNames() {
        let options = options
        let entries = document.components.schemas.entries.filter { options.types[$0.name] == nil }
        for entry in document.components.schemas.entries {
            if let type = options.types[entry.name] { schemaTypeNames[entry.name] = type }
        }
        let plainNames = entries.parallelMap { entry in options.schemaNames[entry.name] ?? SwiftName.typeName(entry.name) }
        let fixed = Set(entries.indices.filter { options.schemaNames[entries[$0].name] != nil })
        let distinct = SwiftName.distinctTypeNames(plainNames, spelling: entries.map(\.name), fixed: fixed)
        for (index, entry) in entries.enumerated() {
            var swiftName = distinct.names[index]
            if let plain = distinct.renamed[index] {
                // The schema that keeps the plain name.
                let owner = entries[entries.indices.first { distinct.names[$0] == plain }!]
                if fixed.contains(index) {
                    diagnostics.error(
                        "schemas '\(owner.name)' and '\(entry.name)' are both named '\(plain)' in Swift by names.schemas (the first is at \(owner.location))",
                        at: entry.location
                    )
                    swiftName = plain
                } else {
                    diagnostics.warning(
                        "schemas '\(owner.name)' and '\(entry.name)' share the Swift name '\(plain)'; '\(entry.name)' is named '\(swiftName)' (choose another with --schema-name \(entry.name)=Name, or names.schemas in the configuration file)",
                        at: entry.location
                    )
                }
            }
            schemaTypeNames[entry.name] = swiftName
            componentTypeNames.insert(swiftName)
        }
        schemaTypeNameSet = Set(schemaTypeNames.values)
    }
}
