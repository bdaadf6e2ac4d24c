// Narrowing a document to some of its operations (`--tag`, `--operation`, `--path`): the matching
// operations are kept together with exactly the components they reach, directly or through other
// components, so a client can be generated for one corner of a large API.

import Basics
import Diagnostics

/// Which operations to keep. An operation is kept when it matches any criterion: one of its tags
/// is in `tags`, its operationId is in `operationIds`, or its path template (as written in the
/// spec, e.g. `/pets/{petId}`) is in `paths`. All comparisons are exact. An empty filter keeps
/// everything.
public struct OperationFilter: Sendable, Hashable {
    public var tags: [String]
    public var operationIds: [String]
    public var paths: [String]

    public init(tags: [String] = [], operationIds: [String] = [], paths: [String] = []) {
        self.tags = tags
        self.operationIds = operationIds
        self.paths = paths
    }

    /// `true` when no criterion is given (the filter keeps every operation).
    public var isEmpty: Bool {
        tags.isEmpty && operationIds.isEmpty && paths.isEmpty
    }

    /// Whether the operation at `path` matches any criterion.
    public func matches(_ operation: Operation, path: String) -> Bool {
        if paths.contains(path) { return true }
        if let operationId = operation.operationId, operationIds.contains(operationId) { return true }
        return operation.tags.contains { tags.contains($0) }
    }
}

extension Document {
    /// The document with only the operations `filter` matches and the components they reach.
    ///
    /// Kept: the matching operations (path items left without operations are dropped), the
    /// components reachable from them — parameters, request bodies, responses, headers, examples,
    /// security schemes named by their security requirements or the document's, and schemas through
    /// every place a schema can name another (`$ref`, properties, items, additionalProperties,
    /// allOf/oneOf/anyOf/not, discriminator mappings) — in their original order, and the tags the
    /// kept operations use. Links, callbacks and path items of `components` are dropped (no
    /// operation reaches them). An empty filter returns the document unchanged.
    ///
    /// - Throws: one error per criterion that matches no operation, with a suggestion when a
    ///   similar name exists (`no operation has the tag 'pets'; did you mean 'Pets'?`).
    public func filtered(by filter: OperationFilter) throws(DiagnosticError) -> Document {
        guard !filter.isEmpty else { return self }
        let unmatched = unmatchedCriteria(filter)
        guard unmatched.isEmpty else { throw DiagnosticError(unmatched) }

        var result = self
        result.paths = paths.compactMap { entry in
            var entry = entry
            entry.item.operations = entry.item.operations.filter { filter.matches($0, path: entry.path) }
            return entry.item.operations.isEmpty ? nil : entry
        }

        var reach = Reachability(components: components)
        for requirement in security ?? [] {
            reach.visit(requirement)
        }
        var usedTags = Set<String>()
        for entry in result.paths {
            entry.item.parameters.forEach { reach.visit($0) }
            for operation in entry.item.operations {
                reach.visit(operation)
                usedTags.formUnion(operation.tags)
            }
        }
        reach.finish()

        result.components = reach.keptComponents()
        result.tags = tags.filter { usedTags.contains($0.name) }
        return result
    }

    /// An error for each criterion of `filter` that matches no operation of the document.
    private func unmatchedCriteria(_ filter: OperationFilter) -> [Diagnostic] {
        var allTags: [String] = []
        var allOperationIds: [String] = []
        for (_, operation) in operations {
            allTags += operation.tags
            if let operationId = operation.operationId { allOperationIds.append(operationId) }
        }
        let allPaths = paths.map(\.path)
        let tagSet = Set(allTags)
        let operationIdSet = Set(allOperationIds)
        let pathSet = Set(allPaths)

        var diagnostics: [Diagnostic] = []
        func report(_ message: String, _ name: String, candidates: [String]) {
            var text = message
            if let suggestion = NameSuggestion.closest(to: name, in: candidates) {
                text += "; did you mean '\(suggestion)'?"
            }
            diagnostics.append(.error(text, at: nil))
        }
        for tag in Self.unique(filter.tags) where !tagSet.contains(tag) {
            report("no operation has the tag '\(tag)'", tag, candidates: allTags)
        }
        for operationId in Self.unique(filter.operationIds) where !operationIdSet.contains(operationId) {
            report("no operation has the operationId '\(operationId)'", operationId, candidates: allOperationIds)
        }
        for path in Self.unique(filter.paths) where !pathSet.contains(path) {
            report("no path '\(path)' in the document", path, candidates: allPaths)
        }
        return diagnostics
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
