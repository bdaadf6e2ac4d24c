// Translation: every Swift decision (names, types, optionality, which file a declaration goes to)
// is made here, so the templates only loop and print.

/// The one place that turns names from a spec into Swift identifiers.
///
/// Rules, in order:
/// 1. Split the name into words at anything that is not a letter or digit and at case changes
///    (`HTTPProxy` → `HTTP`, `Proxy`; `pageSize` → `page`, `Size`; `X-Request-ID` → `X`, `Request`, `ID`).
///    A leading `+` or `-` is spelled out (`+1` → `plus`, `1`), so GitHub's reaction keys stay distinct.
///    Terms whose own spelling mixes cases stay one word (`IPv6Address` → `IPv6`, `Address`;
///    `OAuth2Token` → `OAuth2`, `Token`), so their member names read `ipv6Address`, `oauth2Token`.
/// 2. Types are UpperCamelCase: every word capitalized, acronyms kept (`HTTPProxy`).
///    Members are lowerCamelCase: the first word lowercased whole (`HTTPProxy` → `httpProxy`,
///    `X-Request-ID` → `xRequestID`), the other words capitalized.
/// 3. A name that starts with a digit gets a leading underscore (`2fa` → `_2fa`).
/// 4. Member names that are Swift keywords are escaped with backticks. A type name Swift does not
///    allow (`Type`, `Self`, `Protocol`, `Any`) or that would shadow a type the generated code uses
///    (`String`, `Data`, `Date`, `URL`, `Error`, `Client`…) gets the suffix `Model` (`Error` → `ErrorModel`).
/// Collisions are not resolved here: callers detect them and report both sources.
public enum SwiftName {
    /// An UpperCamelCase type name.
    public static func typeName(_ raw: String) -> String {
        let words = normalizedWords(raw)
        guard !words.isEmpty else { return "_Unnamed" }
        var name = words.map(capitalized).joined()
        if name.first!.isNumber { name = "_" + name }
        if reservedTypeNames.contains(name) { name += "Model" }
        return name
    }

    /// A lowerCamelCase member name (property, parameter, method, enum case), escaped if it is a keyword.
    public static func memberName(_ raw: String) -> String {
        let name = unescapedMemberName(raw)
        // `self` cannot be escaped usefully: in a memberwise initializer the parameter would hide
        // the instance (`self.self = self`).
        if name == "self" { return "_self" }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Member names for a list of spec names that must be distinct (a struct's properties, a
    /// method's parameters). Names that collide are told apart by a number in an order that does
    /// not depend on their position: the spec names are sorted, the first keeps the plain name,
    /// the next get `2`, `3`… (`StartTime` → `startTime`, `StartTime<` → `startTime2`).
    /// Returns the names and, for each renamed one, the name it would have had.
    public static func distinctMemberNames(_ raws: [String]) -> (names: [String], renamed: [Int: String]) {
        var names = raws.map(memberName)
        var renamed: [Int: String] = [:]
        let groups = Dictionary(grouping: raws.indices, by: { names[$0] })
        var taken = Set(names)
        for (name, indices) in groups where indices.count > 1 {
            let ordered = indices.sorted { Array(raws[$0].unicodeScalars.map(\.value)).lexicographicallyPrecedes(raws[$1].unicodeScalars.map(\.value)) }
            let base = name.replacingOccurrences(of: "`", with: "")
            var number = 2
            for index in ordered.dropFirst() {
                while taken.contains(base + String(number)) { number += 1 }
                names[index] = base + String(number)
                taken.insert(names[index])
                renamed[index] = name
                number += 1
            }
        }
        return (names, renamed)
    }

    /// The member name without keyword escaping (for building other names from it).
    public static func unescapedMemberName(_ raw: String) -> String {
        let words = normalizedWords(raw)
        guard let first = words.first else { return "_unnamed" }
        var name = lowercasedLeadingWord(first) + words.dropFirst().map(capitalized).joined()
        if name.first!.isNumber { name = "_" + name }
        return name
    }

    /// The words of a name; SCREAMING_SNAKE_CASE (no lowercase letter, several words) is read as
    /// ordinary words (`IN_PROGRESS` → `in`, `progress`), so enum cases read `inProgress`.
    static func normalizedWords(_ raw: String) -> [String] {
        let words = split(raw)
        guard words.count > 1, !raw.contains(where: \.isLowercase) else { return words }
        return words.map { $0.lowercased() }
    }

    /// Splits a name into words (see the type's rules).
    static func split(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        var scalars = Array(raw)
        // A leading sign is meaningful in names like "+1" / "-1".
        if let first = scalars.first, first == "+" || first == "-" {
            words.append(first == "+" ? "plus" : "minus")
            scalars.removeFirst()
        }
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current.removeAll()
        }
        for (index, character) in scalars.enumerated() {
            guard isWordCharacter(character) else {
                flush()
                continue
            }
            if let previous = current.last {
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if previous.isLowercase && character.isUppercase {
                    flush()  // pageSize → page | Size
                } else if previous.isUppercase && character.isUppercase, let next, next.isLowercase,
                          !isPluralSuffix(scalars, at: index + 1) {
                    flush()  // HTTPProxy → HTTP | Proxy (but URLs stays one word)
                } else if previous.isNumber && character.isLetter && character.isUppercase {
                    flush()  // V2Beta → V2 | Beta
                }
            }
            current.append(character)
        }
        flush()
        return joiningMixedCaseTerms(words)
    }

    /// Terms spelled with mixed case that the case-change rule would cut in two (`IPv6` → `I`, `Pv6`).
    static let mixedCaseTerms: Set<String> = ["IPv4", "IPv6", "OAuth"]

    /// Joins the pieces of a mixed-case term (optionally followed by digits: `OAuth2`) back into one word.
    private static func joiningMixedCaseTerms(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            if let last = result.last, last.count == 1, isMixedCaseTerm(last + word) {
                result[result.count - 1] = last + word
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// `IPv6`, `OAuth`, `OAuth2`: a known term, or one followed by digits only.
    static func isMixedCaseTerm(_ word: String) -> Bool {
        if mixedCaseTerms.contains(word) { return true }
        let base = word.reversed().drop(while: \.isNumber).reversed()
        return base.count < word.count && mixedCaseTerms.contains(String(base))
    }

    /// Whether `characters[index]` is an `s` that ends a word (the plural of an acronym: `URLs`).
    private static func isPluralSuffix(_ characters: [Character], at index: Int) -> Bool {
        guard characters[index] == "s" else { return false }
        let after = index + 1
        return after == characters.count || !characters[after].isLowercase
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
            || (!character.isASCII && character.isLetter && character.unicodeScalars.allSatisfy(isIdentifierScalar))
    }

    /// Letters outside ASCII are kept only where Swift accepts them in identifiers.
    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isXIDContinue
    }

    private static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `HTTP` → `http`, `Request` → `request`, `iOS` → `iOS`, `URLs` → `urls`, `IPv6` → `ipv6`.
    private static func lowercasedLeadingWord(_ word: String) -> String {
        if isMixedCaseTerm(word) { return word.lowercased() }
        let letters = word.filter(\.isLetter)
        if !letters.isEmpty && letters.allSatisfy(\.isUppercase) { return word.lowercased() }
        if word.count > 1, word.dropLast().allSatisfy(\.isUppercase), word.last == "s" { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    /// Type names that cannot be declared, even with backticks, or that would break generated code.
    static let reservedTypeNames: Set<String> = [
        "Type", "Self", "Protocol", "Any", "Sendable", "Codable", "Decodable", "Encodable", "Hashable",
        "Equatable", "Error", "String", "Substring", "Character", "Int", "Int32", "Int64", "UInt", "Double",
        "Float", "Bool", "Data", "Date", "URL", "UUID", "Decimal", "Array", "Dictionary", "Set", "Optional",
        "Never", "Void", "Result", "Foundation", "JSONDecoder", "JSONEncoder", "Decoder", "Encoder",
        "CodingKey", "CodingKeys", "HTTPTypes", "HTTPFields", "HTTPField", "HTTPRequest", "HTTPResponse",
        "OpenAPIRuntime", "HTTPBody", "ClientTransport", "ClientMiddleware",
        // Declared by the generated support file and client.
        "Client", "Servers", "APIError", "ResponseDecodingError", "RequestValidationError", "Validate",
        "URIEncoding", "QueryString", "RawResponse", "RequestSender", "JSONValue", "JSONCoding", "JSONKey", "Indirect",
        "ResponseTooLargeError", "OperationOutput", "ObjectModel", "PropertyVisitor", "PropertyVisitors", "Discriminator", "FormEncoding", "MultipartBody",
    ]

    /// Swift keywords that need backticks as member names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "as", "false", "is", "nil", "super", "throws", "true", "try",
        "self", "Self", "Any", "Type", "Protocol", "_", "await", "async", "some", "any", "consume", "copy",
        "borrowing", "consuming", "discard", "each", "package", "then",
    ]
}
