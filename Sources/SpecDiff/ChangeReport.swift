import Translation

/// The changes between two specs, written for a reader: plain text for a terminal, Markdown for a
/// pull request, JSON for a program. Each is a pure function of the changes, so the same specs give
/// the same bytes on every run.
public struct ChangeReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    /// In report order (`SurfaceDiff.changes` sorts them).
    public var changes: [Change]
    /// The names of the two specs, as given.
    public var oldName: String
    public var newName: String

    public init(changes: [Change], oldName: String, newName: String) {
        self.changes = changes
        self.oldName = oldName
        self.newName = newName
    }

    /// The report of what goes from the client `old` describes to the one `new` describes.
    public init(from old: Surface, to new: Surface, oldName: String, newName: String) {
        self.init(changes: SurfaceDiff.changes(from: old, to: new), oldName: oldName, newName: newName)
    }

    /// How many changes have each impact, worst first.
    public var counts: [(impact: Change.Impact, count: Int)] {
        Change.Impact.allCases.map { impact in (impact, changes.count { $0.impact == impact }) }
    }

    /// `43 changes to the generated client: 2 source-breaking, 1 behavior-changing, 40 additive`.
    public var summary: String {
        guard !changes.isEmpty else { return "no changes to the generated client" }
        let parts = counts.map { "\($0.count) \($0.impact.title.lowercased())" }
        return "\(changes.count) \(changes.count == 1 ? "change" : "changes") to the generated client: " + parts.joined(separator: ", ")
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: text
        case .markdown: markdown
        case .json: json
        }
    }

    /// One line per change, grouped by impact under a title.
    public var text: String {
        var lines = ["\(oldName) → \(newName): \(summary)"]
        for (impact, count) in counts where count > 0 {
            lines.append("")
            lines.append("\(impact.title) (\(count)):")
            for change in changes where change.impact == impact {
                lines.append("  " + Self.line(change, code: { $0 }))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A summary line, the breaking changes in the open, the others in collapsed sections.
    public var markdown: String {
        // The summary is this type's own words: no character of it is markup.
        var lines = ["**\(summary.prefix(1).uppercased() + summary.dropFirst())** (\(Self.code(oldName)) → \(Self.code(newName)))"]
        for (impact, count) in counts where count > 0 {
            let items = changes.filter { $0.impact == impact }.map { "- " + Self.line($0, code: Self.code) }
            lines.append("")
            if impact == .breaking {
                lines.append("### \(impact.title) (\(count))")
                lines.append("")
                lines.append(contentsOf: items)
            } else {
                lines.append("<details><summary>\(impact.title) (\(count))</summary>")
                lines.append("")
                lines.append(contentsOf: items)
                lines.append("")
                lines.append("</details>")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The document `Templates/README.md` does not cover; its schema is in the README's `diff`
    /// section: `{"old", "new", "summary", "counts": {impact: n}, "changes": [{"impact", "kind",
    /// "declaration", "aspect", "before", "after", "reason"}]}`, keys in that order.
    public var json: String {
        var lines = ["{"]
        lines.append("  \"old\": \(JSONText.quoted(oldName)),")
        lines.append("  \"new\": \(JSONText.quoted(newName)),")
        lines.append("  \"summary\": \(JSONText.quoted(summary)),")
        let counts = self.counts.map { "\(JSONText.quoted($0.impact.rawValue)): \($0.count)" }
        lines.append("  \"counts\": {" + counts.joined(separator: ", ") + "},")
        lines.append("  \"changes\": [")
        for (index, change) in changes.enumerated() {
            let fields = [
                ("impact", change.impact.rawValue), ("kind", change.kind.rawValue), ("declaration", change.declaration),
                ("aspect", change.aspect), ("before", change.before), ("after", change.after), ("reason", change.reason),
            ]
            let object = "{" + fields.map { "\(JSONText.quoted($0.0)): \(JSONText.quoted($0.1))" }.joined(separator: ", ") + "}"
            lines.append("    " + object + (index == changes.count - 1 ? "" : ","))
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Pet.age: Int? → String? (the property's type changed)`, with `code` marking Swift text.
    static func line(_ change: Change, code: (String) -> String) -> String {
        var line = code(change.declaration)
        if !change.aspect.isEmpty { line += " " + change.aspect }
        switch change.kind {
        case .added: line += ": added" + (change.after.isEmpty ? "" : " " + code(change.after))
        case .removed: line += ": removed" + (change.before.isEmpty ? "" : " (was " + code(change.before) + ")")
        case .renamed: line += ": renamed " + code(change.after)
        case .changed: line += ": " + code(change.before) + " → " + code(change.after)
        }
        return line + " — " + change.reason
    }

    /// A Markdown code span that holds any text: fenced by more backticks than it contains in a
    /// row, padded when it starts or ends with one.
    static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }
}
