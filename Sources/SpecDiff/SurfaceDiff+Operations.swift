extension SurfaceDiff {
    /// Methods by name; a method that is gone while a new one has the same route (method and path)
    /// was renamed (its operationId changed).
    static func compareOperations(_ old: Surface, _ new: Surface, into changes: inout [Change]) {
        let client = old.clientName
        let newByName = Dictionary(new.operations.map { ($0.methodName, $0) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Set(old.operations.map(\.methodName))
        var added = new.operations.filter { !oldNames.contains($0.methodName) }
        for operation in old.operations {
            if let match = newByName[operation.methodName] {
                compare(operation, match, client: client, into: &changes)
            } else if let index = added.firstIndex(where: { $0.route == operation.route }) {
                let renamed = added.remove(at: index)
                changes.append(Change(
                    .breaking, .renamed, "\(client).\(operation.signature)", after: "\(client).\(renamed.signature)",
                    reason: "the operationId changed (same \(operation.route))"
                ))
                compare(operation, renamed, client: client, into: &changes)
            } else {
                changes.append(Change(
                    .breaking, .removed, "\(client).\(operation.signature)", before: operation.route,
                    reason: "a removed operation"
                ))
            }
        }
        for operation in added {
            changes.append(Change(.additive, .added, "\(client).\(operation.signature)", after: operation.route, reason: "a new operation"))
        }
    }

    /// The arguments, outputs, headers, errors, security and deprecation of one method. Changes
    /// are named by the old signature: it is what the caller's code calls.
    static func compare(_ old: OperationSurface, _ new: OperationSurface, client: String, into changes: inout [Change]) {
        let method = "\(client).\(old.signature)"
        compareArguments(old.parameters, new.parameters, method: method, into: &changes)
        if old.output != new.output {
            changes.append(Change(
                .breaking, .changed, method, aspect: "output body", before: old.output, after: new.output,
                reason: "the output's body type changed"
            ))
        }
        compareMembers(
            old.responses, new.responses, place: { (method, "response \($0)") }, into: &changes,
            removed: (.breaking, "a removed response"), added: (.additive, "a new response"),
            changed: (.breaking, "the response body's type changed")
        )
        compareMembers(
            old.headers, new.headers, place: { (method, "header \($0)") }, into: &changes,
            removed: (.breaking, "a removed response header"), added: (.additive, "a new response header"),
            changed: (.breaking, "the header's type changed")
        )
        if old.failureBody != new.failureBody {
            changes.append(Change(
                .breaking, .changed, method, aspect: "error body", before: old.failureBody, after: new.failureBody,
                reason: "the thrown error's body type changed"
            ))
        }
        if old.security != new.security {
            changes.append(Change(
                .behavior, .changed, method, aspect: "security", before: describe(old.security), after: describe(new.security),
                reason: "other credentials are sent"
            ))
        }
        if old.deprecated != new.deprecated {
            changes.append(Change(
                new.deprecated ? .behavior : .additive, .changed, method, aspect: "deprecated",
                before: String(old.deprecated), after: String(new.deprecated),
                reason: new.deprecated ? "calls now warn" : "no longer deprecated"
            ))
        }
    }

    private static func describe(_ alternatives: [String]) -> String {
        alternatives.isEmpty ? "none" : alternatives.joined(separator: " or ")
    }
}
