extension SurfaceDiff {
    /// A method's arguments, by label.
    static func compareArguments(
        _ old: [ParameterSurface], _ new: [ParameterSurface], method: String, into changes: inout [Change]
    ) {
        let newByLabel = Dictionary(new.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        let oldLabels = Set(old.map(\.label))
        for argument in old {
            let aspect = "argument \(argument.label)"
            guard let match = newByLabel[argument.label] else {
                changes.append(Change(.breaking, .removed, method, aspect: aspect, before: argument.declaredType, reason: "a removed argument"))
                continue
            }
            if argument.type != match.type {
                changes.append(Change(
                    .breaking, .changed, method, aspect: aspect, before: argument.declaredType, after: match.declaredType,
                    reason: "the argument's type changed"
                ))
            } else if argument.isOptional != match.isOptional {
                changes.append(Change(
                    match.isOptional ? .additive : .breaking, .changed, method, aspect: aspect,
                    before: argument.declaredType, after: match.declaredType,
                    reason: match.isOptional ? "the argument may be left out" : "the argument is now required"
                ))
            }
            if argument.location != match.location {
                changes.append(Change(
                    .behavior, .changed, method, aspect: aspect, before: argument.location, after: match.location,
                    reason: "the value is sent elsewhere"
                ))
            }
            compareConstraints(argument.constraints, match.constraints, method: method, aspect: aspect, into: &changes)
        }
        for argument in new where !oldLabels.contains(argument.label) {
            changes.append(Change(
                argument.isOptional ? .additive : .breaking, .added, method, aspect: "argument \(argument.label)",
                after: argument.declaredType, reason: argument.isOptional ? "a new optional argument" : "a new required argument"
            ))
        }
        // Labels a call spells in the old order that the new signature orders differently.
        let kept = old.map(\.label).filter { newByLabel[$0] != nil }
        let newOrder = new.map(\.label).filter { oldLabels.contains($0) }
        if kept != newOrder {
            changes.append(Change(
                .breaking, .changed, method, aspect: "argument order", before: kept.joined(separator: ", "),
                after: newOrder.joined(separator: ", "), reason: "the arguments are in another order"
            ))
        }
    }

    /// Constraints checked before sending: a new or tighter bound rejects values that were sent
    /// before; a looser or dropped one accepts more.
    static func compareConstraints(
        _ old: [Member], _ new: [Member], method: String, aspect: String, into changes: inout [Change]
    ) {
        let newByKind = Dictionary(new.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let oldKinds = Set(old.map(\.name))
        for bound in old {
            guard let value = newByKind[bound.name] else {
                changes.append(Change(
                    .additive, .removed, method, aspect: "\(aspect) \(bound.name)", before: bound.value,
                    reason: "a constraint no longer checked"
                ))
                continue
            }
            guard value != bound.value else { continue }
            let tighter = isTighter(bound.name, from: bound.value, to: value)
            changes.append(Change(
                tighter ? .behavior : .additive, .changed, method, aspect: "\(aspect) \(bound.name)", before: bound.value,
                after: value, reason: tighter ? "a tighter constraint" : "a looser constraint"
            ))
        }
        for bound in new where !oldKinds.contains(bound.name) {
            changes.append(Change(
                .behavior, .added, method, aspect: "\(aspect) \(bound.name)", after: bound.value, reason: "a new constraint"
            ))
        }
    }

    /// Whether a bound of this kind moved so that fewer values pass: a lower bound that rises, an
    /// upper bound that falls. Anything not numeric counts as tighter (it may be).
    static func isTighter(_ kind: String, from old: String, to new: String) -> Bool {
        guard let a = Double(old), let b = Double(new) else { return true }
        let isLowerBound = kind.hasPrefix("min") || kind == "exclusiveMinimum"
        return isLowerBound ? b > a : b < a
    }
}
