extension Surface {
    /// Which way each type travels, which decides what a change of it means to a caller: a new
    /// required property breaks code that builds a request, not code that reads a response.
    public struct Directions: Sendable, Equatable {
        /// Types a caller builds: reachable from a method's arguments.
        public var sent: Set<String>
        /// Types a caller reads: reachable from a method's outputs and thrown errors.
        public var received: Set<String>
    }

    /// The types reachable from the arguments and from the outputs, following property, case and
    /// alias types (a type named inside another resolves to its nested type first, as in Swift).
    public var directions: Directions {
        let byName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Set(byName.keys)
        func reach(from roots: [String]) -> Set<String> {
            var seen = Set<String>()
            var stack = roots.flatMap { Self.typeNames(in: $0, scope: "", known: names) }
            while let name = stack.popLast() {
                guard seen.insert(name).inserted, let type = byName[name] else { continue }
                for member in type.members where type.kind != .enum {
                    stack.append(contentsOf: Self.typeNames(in: member.value, scope: name, known: names))
                }
                // A nested type is reached with its parent (it is how the parent spells a member).
                let prefix = name + "."
                stack.append(contentsOf: byName.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains(".") })
            }
            return seen
        }
        let sent = operations.flatMap { $0.parameters.map(\.type) }
        let received = operations.flatMap { [$0.output, $0.failureBody] + $0.responses.map(\.value) + $0.headers.map(\.value) }
        return Directions(sent: reach(from: sent), received: reach(from: received))
    }

    /// The generated types a Swift type spells (`[String: Pet]?` → `Pet`), each resolved the way
    /// Swift resolves it inside `scope`: the innermost enclosing type's nested type of that name
    /// first, then outward, then the top level.
    public static func typeNames(in type: String, scope: String, known: Set<String>) -> [String] {
        var names: [String] = []
        var word = ""
        func flush() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            var outer = Substring(scope)
            while true {
                let candidate = outer.isEmpty ? word : outer + "." + word
                if known.contains(candidate) {
                    names.append(candidate)
                    return
                }
                guard !outer.isEmpty else { return }
                outer = outer.lastIndex(of: ".").map { outer[..<$0] } ?? ""
            }
        }
        for character in type {
            if character.isLetter || character.isNumber || character == "_" || character == "." {
                word.append(character)
            } else {
                flush()
            }
        }
        flush()
        return names
    }
}
