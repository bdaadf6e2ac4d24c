import Basics
import Diagnostics
import OpenAPIModel

extension Translator {
    /// Reports name and type overrides that name no schema, property or operation of the spec
    /// (after filtering), with the closest existing name.
    mutating func checkOverrides() {
        let schemaNames = document.components.schemas.map(\.name)
        func check(_ names: some Sequence<String>, setting: String, candidates: [String], what: String) {
            let known = Set(candidates)
            for name in names.sorted() where !known.contains(name) {
                var message = "\(setting): the spec has no \(what) '\(name)'"
                if let suggestion = NameSuggestion.closest(to: name, in: candidates) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: nil)
            }
        }
        check(options.schemaNames.keys, setting: "names.schemas", candidates: schemaNames, what: "schema")
        check(options.types.keys, setting: "types", candidates: schemaNames, what: "schema")
        if !options.propertyNames.isEmpty {
            let properties = document.components.schemas.flatMap { entry in
                (structObject(entry.value)?.properties ?? []).map { entry.name + "." + $0.name }
            }
            check(options.propertyNames.keys, setting: "names.properties", candidates: properties, what: "property")
        }
        let operationIds = document.operations.compactMap { $0.1.operationId }
        check(options.operationNames.keys, setting: "names.operations", candidates: operationIds, what: "operationId")
    }
}
