/// Line diffs, for `check` and for tests that compare generated output.
public enum TextDiff {
    /// A unified diff (`---`/`+++`, `@@` hunks with 3 lines of context) of two texts.
    public static func unified(_ old: String, _ new: String, oldName: String, newName: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        enum Line { case same(String), removed(String), added(String) }
        // The common beginning and end need no table; generated files usually differ in a few places.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var lines: [Line] = a[..<prefix].map { .same($0) }
        if middleA.count * middleB.count > 4_000_000 {
            // Too large for the table: the whole middle as removed, then added.
            lines += middleA.map { .removed($0) } + middleB.map { .added($0) }
        } else {
            // Longest common subsequence table, from the end.
            var lcs = Array(repeating: Array(repeating: 0, count: middleB.count + 1), count: middleA.count + 1)
            for i in stride(from: middleA.count - 1, through: 0, by: -1) {
                for j in stride(from: middleB.count - 1, through: 0, by: -1) {
                    lcs[i][j] = middleA[i] == middleB[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < middleA.count || j < middleB.count {
                if i < middleA.count, j < middleB.count, middleA[i] == middleB[j] {
                    lines.append(.same(middleA[i])); i += 1; j += 1
                } else if i < middleA.count, j == middleB.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                    lines.append(.removed(middleA[i])); i += 1
                } else {
                    lines.append(.added(middleB[j])); j += 1
                }
            }
        }
        lines += a[(a.count - suffix)...].map { .same($0) }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        var index = 0
        var oldLine = 1, newLine = 1
        while index < lines.count {
            guard case .same = lines[index] else {
                // A hunk: up to 3 lines of context before, the changes, 3 after.
                let start = max(0, index - 3)
                var end = index
                var quiet = 0
                while end < lines.count, quiet < 7 {
                    if case .same = lines[end] { quiet += 1 } else { quiet = 0 }
                    end += 1
                }
                end = min(lines.count, end - max(0, quiet - 3))
                let before = index - start
                var body: [String] = []
                var oldCount = 0, newCount = 0
                for line in lines[start..<end] {
                    switch line {
                    case .same(let text): body.append(" " + text); oldCount += 1; newCount += 1
                    case .removed(let text): body.append("-" + text); oldCount += 1
                    case .added(let text): body.append("+" + text); newCount += 1
                    }
                }
                output.append("@@ -\(oldLine - before),\(oldCount) +\(newLine - before),\(newCount) @@")
                output += body
                for line in lines[index..<end] {
                    switch line {
                    case .same: oldLine += 1; newLine += 1
                    case .removed: oldLine += 1
                    case .added: newLine += 1
                    }
                }
                index = end
                continue
            }
            oldLine += 1; newLine += 1; index += 1
        }
        return output.joined(separator: "\n")
    }
}
