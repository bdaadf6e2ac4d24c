import Diagnostics
import OpenAPIModel

extension Translator {
    /// Gives every component schema its Swift name and reports two schemas that would share one.
    mutating func assignSchemaNames() {
        var owners: [String: (name: String, location: SourceLocation)] = [:]
        let entries = document.components.schemas.entries
        let options = options
        let swiftNames = entries.parallelMap { entry in options.schemaNames[entry.name] ?? SwiftName.typeName(entry.name) }
        for (entry, swiftName) in zip(entries, swiftNames) {
            if let type = options.types[entry.name] {
                schemaTypeNames[entry.name] = type
                continue
            }
            if let first = owners[swiftName] {
                diagnostics.error(
                    "schemas '\(first.name)' and '\(entry.name)' would both be named '\(swiftName)' in Swift (the first is at \(first.location))",
                    at: entry.location
                )
                continue
            }
            owners[swiftName] = (entry.name, entry.location)
            schemaTypeNames[entry.name] = swiftName
            componentTypeNames.insert(swiftName)
        }
    }
}
