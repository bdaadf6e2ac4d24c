/// "Did you mean …?" for names a user typed: filter values, configuration keys.
public enum NameSuggestion {
    /// The candidate closest to `name` ignoring case, when it is close enough to be a likely typo:
    /// at most a quarter of the name's length in edits (and at least 2 are always allowed). Ties go
    /// to the first candidate in document order.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = max(2, target.count / 4)
        var best: (name: String, distance: Int)?
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let lowered = Array(candidate.lowercased())
            guard abs(lowered.count - target.count) <= limit else { continue }
            let distance = editDistance(target, lowered)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance (insertions, deletions and substitutions of characters).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
