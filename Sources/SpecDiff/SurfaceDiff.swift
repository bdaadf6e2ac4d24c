/// Compares two surfaces and classifies each difference for a Swift caller.
///
/// The rules, each with a focused spec pair in `spec/diff/`:
/// - Removed operations, arguments, types, properties, cases, response headers and servers break
///   the code that uses them. So do a changed type, a renamed method, reordered argument labels, a
///   new required argument, and a new required property of a type a caller builds (one reachable
///   from an argument).
/// - A property of a type a caller reads that becomes optional breaks (`x.count` no longer
///   compiles); one of a type only sent that becomes optional does not (its initializer argument
///   still takes a value). An argument that becomes optional does not break either.
/// - A case added to an enum or union callers read breaks an exhaustive `switch`, like a removed
///   one; a case added to one they only send (a parameter's enum) is additive.
/// - A new or changed default, a tighter constraint, a changed wire value, server URL, content
///   type, argument location or security requirement, and a new deprecation change behaviour.
/// - Everything else is additive: new operations, types, optional arguments and properties,
///   response headers, servers, and looser constraints.
public enum SurfaceDiff {
    /// The changes from `old` to `new`, in report order (impact, then declaration).
    public static func changes(from old: Surface, to new: Surface) -> [Change] {
        var changes: [Change] = []
        compareOperations(old, new, into: &changes)
        compareTypes(old, new, into: &changes)
        compareMembers(
            old.servers, new.servers, place: { ("Servers.\($0)", "") }, into: &changes,
            removed: (.breaking, "a removed server"), added: (.additive, "a new server"),
            changed: (.behavior, "requests go elsewhere")
        )
        compareMembers(
            old.credentials, new.credentials, place: { ("Credentials.\($0)", "") }, into: &changes,
            removed: (.breaking, "a removed credential"), added: (.additive, "a new credential"),
            changed: (.behavior, "the credential is sent differently")
        )
        return changes.sorted(by: Change.precedes)
    }

    /// Compares two lists of named members: removed, added, and changed values. `place` gives the
    /// declaration and the aspect a member's change is reported at.
    static func compareMembers(
        _ old: [Member], _ new: [Member], place: (String) -> (declaration: String, aspect: String), into changes: inout [Change],
        removed: (Change.Impact, String), added: (Change.Impact, String), changed: (Change.Impact, String)
    ) {
        let newByName = Dictionary(new.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Set(old.map(\.name))
        for member in old {
            let (declaration, aspect) = place(member.name)
            guard let value = newByName[member.name] else {
                changes.append(Change(removed.0, .removed, declaration, aspect: aspect, before: member.value, reason: removed.1))
                continue
            }
            if value != member.value {
                changes.append(Change(
                    changed.0, .changed, declaration, aspect: aspect, before: member.value, after: value, reason: changed.1
                ))
            }
        }
        for member in new where !oldNames.contains(member.name) {
            let (declaration, aspect) = place(member.name)
            changes.append(Change(added.0, .added, declaration, aspect: aspect, after: member.value, reason: added.1))
        }
    }
}
