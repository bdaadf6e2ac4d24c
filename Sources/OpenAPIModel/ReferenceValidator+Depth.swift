// How deep schemas nest through references: the longest chain of component schemas that a `$ref`
// or an `allOf`/`oneOf`/`anyOf` member leads from one to the next, against `maxReferenceDepth`.

import Diagnostics

extension ReferenceValidator {
    /// Reports the schema that starts the longest chain when it is longer than the limit. Found by
    /// an iterative depth-first search (a chain of any length costs heap, not stack); a reference
    /// back to a schema still being walked ends the chain there (cycles are reported elsewhere).
    func checkReferenceDepth() {
        let schemas = document.components.schemas
        var edges: [String: [String]] = [:]
        for entry in schemas {
            edges[entry.name] = Self.compositionReferences(entry.value).map(\.name).filter { schemas[$0] != nil }
        }
        var depth: [String: Int] = [:]
        var active: Set<String> = []
        for start in schemas.entries where depth[start.name] == nil {
            var stack: [(name: String, next: Int)] = [(start.name, 0)]
            active.insert(start.name)
            while let top = stack.last {
                let outgoing = edges[top.name] ?? []
                guard top.next < outgoing.count else {
                    depth[top.name] = 1 + (outgoing.compactMap { depth[$0] }.max() ?? 0)
                    active.remove(top.name)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = outgoing[top.next]
                if depth[target] == nil, !active.contains(target) {
                    active.insert(target)
                    stack.append((target, 0))
                }
            }
        }
        guard let deepest = schemas.entries.max(by: { depth[$0.name]! < depth[$1.name]! }),
              let found = depth[deepest.name], found > limits.maxReferenceDepth else { return }
        decoder.error(
            limits.message(
                "schema '\(deepest.name)' nests \(found) schemas deep through $ref, allOf, oneOf and anyOf, more than the limit of \(limits.maxReferenceDepth)",
                .referenceDepth
            ),
            at: deepest.location
        )
    }

    /// The references a schema's type is made of: its own `$ref` and those of its
    /// `allOf`/`oneOf`/`anyOf` members (not of properties or items, which only name a type).
    static func compositionReferences(_ schema: Schema) -> [Reference] {
        memberReferences(schema, through: compositionMembers)
    }
}
