/// Decides which `pattern`s the generated code checks before sending. JSON Schema writes patterns in
/// ECMA-262's dialect; the generated code runs them with NSRegularExpression (ICU), and a pattern
/// is only checked when it stays in the part of ECMA-262 that ICU and Swift Regex read the same
/// way: literals, `.`, `^`, `$`, `|`, classes without set operations, the escapes `\d \w \s \b`
/// (and their capitals) `\t \n \r \f \v \xHH \uHHHH`, escaped punctuation, groups,
/// non-capturing and named groups, lookahead, and greedy or lazy quantifiers. Anything else (inline
/// flags, lookbehind, backreferences, possessive quantifiers, `\p{…}`, `\A`, `\0`, `\cX`, nested or
/// POSIX classes, a lone `{`) is left unchecked, with a reason, so that a check never rejects a
/// value the server would take because the engines read the pattern differently.
enum PatternSyntax {
    /// Why the generated code cannot check `pattern`, or `nil` when it can.
    static func problem(_ pattern: String) -> String? {
        var scanner = PatternScanner(Array(pattern.unicodeScalars))
        if let problem = scanner.scan() { return problem }
        // The subset above always compiles; Swift Regex confirms it for what the scan lets through.
        if (try? Regex(pattern)) == nil { return "it does not compile as a regular expression" }
        return nil
    }
}

/// One pass over a pattern, from left to right, that stops at the first construct outside the
/// shared subset.
private struct PatternScanner {
    let scalars: [Unicode.Scalar]
    var index = 0
    /// For each open group, whether it is a lookahead (which cannot take a quantifier).
    var groups: [Bool] = []
    var groupNames: Set<String> = []
    /// Whether the last thing read can take a quantifier.
    var canRepeat = false

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var next: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func scan() -> String? {
        while let scalar = next {
            index += 1
            switch scalar {
            case "\\":
                switch escape(inClass: false) {
                case .problem(let problem): return problem
                case .assertion: canRepeat = false
                case .character, .set: canRepeat = true
                }
            case "[":
                if let problem = characterClass() { return problem }
                canRepeat = true
            case "(":
                if let problem = groupStart() { return problem }
                canRepeat = false
            case ")":
                guard let isLookahead = groups.popLast() else { return "')' closes no group" }
                canRepeat = !isLookahead
            case "|", "^", "$":
                canRepeat = false
            case "*", "+", "?":
                if let problem = quantifier(String(scalar)) { return problem }
            case "{":
                guard let interval = interval() else {
                    return "'{' does not start a quantifier ('{n}', '{n,}' or '{n,m}' with n ≤ m); '\\{' is the character"
                }
                if let problem = quantifier(interval) { return problem }
            case "}":
                return "a '}' that closes no quantifier; '\\}' is the character"
            case "]":
                return "a ']' outside a character class; '\\]' is the character"
            default:
                canRepeat = true
            }
        }
        return groups.isEmpty ? nil : "'(' is not closed"
    }

    /// After `*`, `+`, `?` or an interval: what it repeats, and the optional lazy `?`.
    private mutating func quantifier(_ written: String) -> String? {
        guard canRepeat else { return "'\(written)' has nothing to repeat" }
        canRepeat = false
        if next == "?" {
            index += 1
        } else if next == "+" {
            return "the possessive quantifier '\(written)+' is not ECMA-262"
        }
        return nil
    }

    /// `{n}`, `{n,}` or `{n,m}` after the `{`, as written, or `nil` (and nothing read) when the
    /// text is not one.
    private mutating func interval() -> String? {
        let start = index
        guard let lower = digits() else { return nil }
        var upper: Int? = lower
        if next == "," {
            index += 1
            upper = next == "}" ? nil : digits()
        }
        guard next == "}", upper.map({ $0 >= lower }) ?? true else {
            index = start
            return nil
        }
        index += 1
        return "{" + String(String.UnicodeScalarView(scalars[start..<(index - 1)])) + "}"
    }

    /// Up to six decimal digits.
    private mutating func digits() -> Int? {
        var value: Int?
        var count = 0
        while let scalar = next, ("0"..."9").contains(scalar), count < 6 {
            value = (value ?? 0) * 10 + Int(scalar.value - 48)
            index += 1
            count += 1
        }
        return value
    }

    /// After `(`: a capturing group, `(?:`, a lookahead `(?=`/`(?!`, or a named group `(?<name>`.
    private mutating func groupStart() -> String? {
        guard next == "?" else {
            groups.append(false)
            return nil
        }
        index += 1
        switch next {
        case ":":
            index += 1
            groups.append(false)
        case "=", "!":
            index += 1
            groups.append(true)
        case "<":
            index += 1
            if next == "=" || next == "!" { return "lookbehind ('(?<=', '(?<!') is not read alike by NSRegularExpression and Swift Regex" }
            var name = ""
            while let scalar = next, scalar.isASCII, scalar.properties.isAlphabetic || (!name.isEmpty && ("0"..."9").contains(scalar)) {
                name.unicodeScalars.append(scalar)
                index += 1
            }
            guard !name.isEmpty, next == ">" else { return "a group name must be ASCII letters and digits, starting with a letter" }
            index += 1
            guard groupNames.insert(name).inserted else { return "two groups are named '\(name)'" }
            groups.append(false)
        default:
            let written = next.map { "(?" + String($0) } ?? "(?"
            return "'\(written)' is not ECMA-262 (inline flags, atomic groups and comments are not)"
        }
        return nil
    }

    enum Atom {
        case character(UInt32)
        case set
        case assertion
        case problem(String)
    }

    /// After a `\`.
    private mutating func escape(inClass: Bool) -> Atom {
        guard let scalar = next else { return .problem("the pattern ends in a lone '\\'") }
        index += 1
        switch scalar {
        case "d", "D", "w", "W", "s", "S":
            return .set
        case "b", "B":
            return inClass ? .problem("'\\\(scalar)' inside a character class is not read alike") : .assertion
        case "t": return .character(0x09)
        case "n": return .character(0x0A)
        case "v": return .character(0x0B)
        case "f": return .character(0x0C)
        case "r": return .character(0x0D)
        case "0":
            return .problem("NSRegularExpression reads '\\0' as the start of an octal escape; '\\x00' is the NUL character")
        case "1"..."9":
            return .problem("backreferences ('\\\(scalar)') are not checked")
        case "k":
            return .problem("named backreferences ('\\k<…>') are not checked")
        case "x":
            return hex(count: 2).map(Atom.character) ?? .problem("'\\x' takes exactly two hexadecimal digits")
        case "u":
            return hex(count: 4).map(Atom.character) ?? .problem("'\\u' takes exactly four hexadecimal digits")
        case "c":
            return .problem("Swift Regex does not read control escapes ('\\cX'); '\\xHH' is the character")
        case "p", "P":
            return .problem("Unicode property escapes ('\\\(scalar){…}') need ECMA-262's u flag")
        default:
            guard scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F else {
                return .problem("'\\' before a character other than ASCII punctuation is not read alike")
            }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                return .problem("'\\\(scalar)' is not an ECMA-262 escape")
            }
            return .character(scalar.value)
        }
    }

    private mutating func hex(count: Int) -> UInt32? {
        guard index + count <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[index..<(index + count)] {
            guard scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        index += count
        return value
    }

    /// After `[`: up to and including the `]`.
    private mutating func characterClass() -> String? {
        if next == "^" { index += 1 }
        if next == "]" { return "an empty character class ('[]' or '[^]') is not read alike" }
        while let scalar = next {
            index += 1
            if scalar == "]" { return nil }
            let first = classAtom(scalar)
            if case .problem(let problem) = first { return problem }
            // `a-z`; a `-` before the `]` is the character.
            guard next == "-", index + 1 < scalars.count, scalars[index + 1] != "]" else { continue }
            if scalars[index + 1] == "-" { return setOperation("-") }
            index += 1
            let endScalar = scalars[index]
            index += 1
            let last = classAtom(endScalar)
            switch (first, last) {
            case (_, .problem(let problem)):
                return problem
            case (.character(let start), .character(let end)):
                if end < start { return "a range in a character class is out of order" }
            default:
                return "a range in a character class cannot start or end with a class escape such as '\\d'"
            }
        }
        return "'[' is not closed"
    }

    /// One member of a class, after its first scalar was read: a character or a class escape.
    private mutating func classAtom(_ scalar: Unicode.Scalar) -> Atom {
        switch scalar {
        case "\\":
            return escape(inClass: true)
        case "[":
            return .problem("'[' inside a character class (a nested set or a POSIX class in ICU) is not ECMA-262; '\\[' is the character")
        case "&", "-", "~":
            return next == scalar ? .problem(setOperation(scalar)) : .character(scalar.value)
        default:
            return .character(scalar.value)
        }
    }

    private func setOperation(_ scalar: Unicode.Scalar) -> String {
        "'\(scalar)\(scalar)' inside a character class is a set operation in NSRegularExpression and Swift Regex"
    }
}
