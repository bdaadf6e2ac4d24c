// Path parameters the path template does not have. Published documents declare some (a parameter
// left over after the path changed); the validator reports them, and the client leaves them out,
// since there is no place in the URL to put them.

extension Document {
    /// The document without the path parameters (of path items and of operations) whose name is
    /// not in their path's template; `nil` when it has none.
    func withoutStrayPathParameters() -> Document? {
        var result: Document?
        for (index, entry) in paths.enumerated() {
            let template = Set(ReferenceValidator.templateNames(entry.path))
            func keeps(_ parameter: Referenceable<Parameter>) -> Bool {
                guard let resolved = components.lookup(parameter), resolved.location == .path else { return true }
                return template.contains(resolved.name)
            }
            let stray = entry.item.parameters.contains { !keeps($0) } || entry.item.operations.contains { $0.parameters.contains { !keeps($0) } }
            guard stray else { continue }
            if result == nil { result = self }
            result?.paths[index].item.parameters.removeAll { !keeps($0) }
            for operation in entry.item.operations.indices {
                result?.paths[index].item.operations[operation].parameters.removeAll { !keeps($0) }
            }
        }
        return result
    }
}
