extension SurfaceDiff {
    /// Types by qualified name. A type nested in one that is added or removed goes with its parent
    /// and is not listed again.
    static func compareTypes(_ old: Surface, _ new: Surface, into changes: inout [Change]) {
        let oldByName = Dictionary(old.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let oldDirections = old.directions, newDirections = new.directions
        func parentIsListed(_ name: String, in others: [String: TypeSurface]) -> Bool {
            guard let dot = name.lastIndex(of: ".") else { return false }
            return others[String(name[..<dot])] == nil
        }
        for type in old.types {
            guard let match = newByName[type.name] else {
                if !parentIsListed(type.name, in: newByName) {
                    changes.append(Change(.breaking, .removed, type.name, before: type.kind.rawValue, reason: "a removed type"))
                }
                continue
            }
            // What callers do with the type now decides (a type only received may become sent).
            let sent = newDirections.sent.contains(type.name) || oldDirections.sent.contains(type.name)
            let received = newDirections.received.contains(type.name) || oldDirections.received.contains(type.name)
            compare(type, match, sent: sent, received: received, into: &changes)
        }
        for type in new.types where oldByName[type.name] == nil && !parentIsListed(type.name, in: oldByName) {
            changes.append(Change(.additive, .added, type.name, after: type.kind.rawValue, reason: "a new type"))
        }
    }

    static func compare(_ old: TypeSurface, _ new: TypeSurface, sent: Bool, received: Bool, into changes: inout [Change]) {
        let name = old.name
        guard old.kind == new.kind else {
            changes.append(Change(
                .breaking, .changed, name, aspect: "kind", before: old.kind.rawValue, after: new.kind.rawValue,
                reason: "the type is declared differently"
            ))
            return
        }
        switch old.kind {
        case .struct:
            compareProperties(old, new, sent: sent, received: received, into: &changes)
        case .enum:
            if old.detail != new.detail {
                changes.append(Change(
                    .breaking, .changed, name, aspect: "raw value type", before: old.detail, after: new.detail,
                    reason: "the raw values' type changed"
                ))
            }
            compareMembers(
                old.members, new.members, place: { ("\(name).\($0)", "") }, into: &changes,
                removed: (.breaking, "a removed case"), added: newCase(received: received),
                changed: (.behavior, "the case's raw value changed")
            )
        case .union:
            if old.detail != new.detail {
                changes.append(Change(
                    .behavior, .changed, name, aspect: "discriminator", before: old.detail, after: new.detail,
                    reason: "the case is chosen by another property"
                ))
            }
            compareMembers(
                old.members, new.members, place: { ("\(name).\($0)", "") }, into: &changes,
                removed: (.breaking, "a removed case"), added: newCase(received: received),
                changed: (.breaking, "the case's associated type changed")
            )
        case .namespace:
            break
        case .typealias:
            compareMembers(
                old.members, new.members, place: { _ in (name, "") }, into: &changes,
                removed: (.breaking, "a removed alias"), added: (.additive, "a new alias"),
                changed: (.breaking, "the aliased type changed")
            )
        }
        if old.deprecated != new.deprecated {
            changes.append(Change(
                new.deprecated ? .behavior : .additive, .changed, name, aspect: "deprecated", before: String(old.deprecated),
                after: String(new.deprecated), reason: new.deprecated ? "uses now warn" : "no longer deprecated"
            ))
        }
    }

    /// A case added to an enum or a union callers read breaks their exhaustive `switch`es; one of
    /// a type they only send (a parameter's enum) gives them one more value to send.
    static func newCase(received: Bool) -> (Change.Impact, String) {
        received ? (.breaking, "a new case: an exhaustive switch no longer compiles") : (.additive, "a new case of a type callers only send")
    }

    /// Stored properties: what breaks depends on whether callers build the type (`sent`), read it
    /// (`received`), or both.
    static func compareProperties(_ old: TypeSurface, _ new: TypeSurface, sent: Bool, received: Bool, into changes: inout [Change]) {
        let newByName = Dictionary(new.members.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Set(old.members.map(\.name))
        for property in old.members {
            let declaration = "\(old.name).\(property.name)"
            guard let type = newByName[property.name] else {
                changes.append(Change(.breaking, .removed, declaration, before: property.value, reason: "a removed property"))
                continue
            }
            guard type != property.value else { continue }
            let before = property.value, after = type
            if after == before + "?" {
                // Reading `x.p.count` no longer compiles; building `T(p: value)` still does.
                changes.append(Change(
                    received ? .breaking : .additive, .changed, declaration, before: before, after: after,
                    reason: received ? "a property callers read becomes optional" : "a property callers send may be left out"
                ))
            } else if before == after + "?" {
                changes.append(Change(
                    .breaking, .changed, declaration, before: before, after: after,
                    reason: sent ? "a property callers send becomes required" : "a property callers read is no longer optional"
                ))
            } else {
                changes.append(Change(.breaking, .changed, declaration, before: before, after: after, reason: "the property's type changed"))
            }
        }
        for property in new.members where !oldNames.contains(property.name) {
            let required = new.requiredMembers.contains(property.name)
            let breaks = required && sent
            changes.append(Change(
                breaks ? .breaking : .additive, .added, "\(old.name).\(property.name)", after: property.value,
                reason: breaks ? "a new required property of a type callers send" : required ? "a new property" : "a new optional property"
            ))
        }
        compareMembers(
            old.defaults.filter { newByName[$0.name] != nil }, new.defaults.filter { oldNames.contains($0.name) },
            place: { ("\(old.name).\($0)", "default") }, into: &changes,
            removed: (.behavior, "the default is gone"), added: (.behavior, "a new default"),
            changed: (.behavior, "the default changed")
        )
    }
}
