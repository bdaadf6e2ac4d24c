// Translation: every Swift decision (names, types, optionality, which file a declaration goes to)
// is made here, so the templates only loop and print.

import Basics

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
///    allow (`Type`, `Self`, `Protocol`, `Any`) or that would shadow a type or module the generated code
///    names (`String`, `Data`, `Date`, `URL`, `Error`, `Client`, `Unicode`, `Swift`…) gets the suffix
///    `Model` (`Error` → `ErrorModel`).
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
        return escaped(name)
    }

    /// A member name that is already Swift-shaped (chosen in the configuration, or built from
    /// `unescapedMemberName`), in backticks when it is a keyword.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// The case name of a value of a string enum: its member name, or `empty` for a value with no
    /// letter or digit (`""`, `"-"`).
    public static func enumCaseName(_ value: String) -> String {
        let name = unescapedMemberName(value)
        return value.isEmpty || name == "_unnamed" ? "empty" : memberName(value)
    }

    /// The method name of an operation without `operationId`: its method and path words, path
    /// parameters as `by` words (`GET /pets/{petId}` → `getPetsByPetId`), unescaped.
    public static func operationMethodName(method: String, path: String) -> String {
        var words = [method]
        for segment in path.split(separator: "/") {
            if segment.hasPrefix("{") && segment.hasSuffix("}") {
                words.append("by " + segment.dropFirst().dropLast())
            } else {
                words.append(String(segment))
            }
        }
        return unescapedMemberName(words.joined(separator: " "))
    }

    /// Member names for a list of spec names that must be distinct (a struct's properties, a
    /// method's parameters). Names that collide are told apart by a number in an order that does
    /// not depend on their position: the spec names are sorted, the first keeps the plain name,
    /// the next get `2`, `3`… (`StartTime` → `startTime`, `StartTime<` → `startTime2`).
    /// Returns the names and, for each renamed one, the name it would have had.
    /// Names in `reserved` (a union's `unknown` case) count as taken by a name before all others.
    public static func distinctMemberNames(_ raws: [String], reserved: Set<String> = []) -> (names: [String], renamed: [Int: String]) {
        distinct(raws.map(memberName), spelling: raws, reserved: reserved)
    }

    /// Type names for component schemas, told apart as `distinctMemberNames` tells members apart
    /// (`user_name`, `UserName` → `UserName2`, `UserName`). `names` are the names each would
    /// have on its own; names in `fixed` (chosen by the user) are never renamed, and take their
    /// name before all others.
    public static func distinctTypeNames(_ names: [String], spelling raws: [String], fixed: Set<Int> = []) -> (names: [String], renamed: [Int: String]) {
        distinct(names, spelling: raws, fixed: fixed)
    }

    /// Numbers the names that collide, in the order of their spec names (by Unicode scalars), past
    /// the names already taken.
    private static func distinct(
        _ names: [String], spelling raws: [String], reserved: Set<String> = [], fixed: Set<Int> = []
    ) -> (names: [String], renamed: [Int: String]) {
        var names = names
        var renamed: [Int: String] = [:]
        let groups = Dictionary(grouping: raws.indices, by: { names[$0] })
        var taken = Set(names).union(reserved)
        for (name, indices) in groups where indices.count > 1 || reserved.contains(name) {
            let ordered = indices.sorted { lhs, rhs in
                if fixed.contains(lhs) != fixed.contains(rhs) { return fixed.contains(lhs) }
                return Array(raws[lhs].unicodeScalars.map(\.value)).lexicographicallyPrecedes(raws[rhs].unicodeScalars.map(\.value))
            }
            let base = name.replacingAll("`", with: "")
            var number = 2
            for index in reserved.contains(name) ? ordered[...] : ordered.dropFirst() {
                while taken.contains(base + String(number)) { number += 1 }
                names[index] = base + String(number)
                taken.insert(names[index])
                renamed[index] = name
                number += 1
            }
        }
        return (names, renamed)
    }

    /// The name a method body uses for a parameter: its member name, or, when that is one of the
    /// locals the body declares itself, the name with `Value` appended (`query` → `queryValue`) so
    /// that the local does not shadow it. The argument label keeps the member name.
    public static func internalName(_ memberName: String, avoiding locals: Set<String>) -> String {
        let unescaped = memberName.replacingAll("`", with: "")
        return locals.contains(unescaped) ? unescaped + "Value" : memberName
    }

    /// A name for a member the spec does not name (the property that holds an `allOf`'s union):
    /// `base`, or with `Value` appended (then numbered) while a member of the spec has that name, so
    /// that the spec's own names never change.
    public static func unusedMemberName(_ base: String, avoiding taken: Set<String>) -> String {
        guard taken.contains(base) else { return escaped(base) }
        var name = base + "Value"
        var number = 2
        while taken.contains(name) {
            name = base + "Value" + String(number)
            number += 1
        }
        return escaped(name)
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
        let (words, hasLowercase) = split(raw)
        guard words.count > 1, !hasLowercase else { return words }
        return words.map { $0.lowercased() }
    }

    /// What the splitting rules need to know of a character.
    private enum Kind: Equatable {
        /// Not part of any word (`_`, `-`, spaces, punctuation, letters Swift rejects).
        case separator
        case lowercase
        case uppercase
        case digit
        /// A letter without case.
        case letter
    }

    /// Splits a name into words (see the type's rules); also tells whether it has a lowercase letter.
    static func split(_ raw: String) -> (words: [String], hasLowercase: Bool) {
        var words: [String] = []
        var hasLowercase = false
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, by far the common case: classified by byte.
            var bytes = Array(raw.utf8)[...]
            if let sign = signWord(bytes.first.map { Character(Unicode.Scalar($0)) }) {
                words.append(sign)
                bytes = bytes.dropFirst()
            }
            let kinds = bytes.map { byte -> Kind in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): hasLowercase = true; return .lowercase
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .uppercase
                case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
                default: return .separator
                }
            }
            let base = bytes.startIndex
            for range in wordRanges(kinds, isS: { bytes[base + $0] == UInt8(ascii: "s") }) {
                words.append(String(decoding: bytes[(base + range.lowerBound)..<(base + range.upperBound)], as: UTF8.self))
            }
        } else {
            var characters = Array(raw)[...]
            if let sign = signWord(characters.first) {
                words.append(sign)
                characters = characters.dropFirst()
            }
            hasLowercase = characters.contains(where: \.isLowercase)
            let kinds = characters.map { character -> Kind in
                guard isWordCharacter(character) else { return .separator }
                if character.isUppercase { return .uppercase }
                if character.isLowercase { return .lowercase }
                return character.isNumber ? .digit : .letter
            }
            let base = characters.startIndex
            for range in wordRanges(kinds, isS: { characters[base + $0] == "s" }) {
                words.append(String(characters[(base + range.lowerBound)..<(base + range.upperBound)]))
            }
        }
        return (joiningMixedCaseTerms(words), hasLowercase)
    }

    /// A leading sign is meaningful in names like "+1" / "-1".
    private static func signWord(_ first: Character?) -> String? {
        switch first {
        case "+": "plus"
        case "-": "minus"
        default: nil
        }
    }

    /// Where the words are, given each character's kind; `isS(i)` tells whether character `i` is `s`.
    private static func wordRanges(_ kinds: [Kind], isS: (Int) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, kind) in kinds.enumerated() {
            guard kind != .separator else {
                if let wordStart = start { ranges.append(wordStart..<index) }
                start = nil
                continue
            }
            guard let wordStart = start else {
                start = index
                continue
            }
            let previous = kinds[index - 1]
            let next = index + 1 < kinds.count ? kinds[index + 1] : nil
            if previous == .lowercase && kind == .uppercase  // pageSize → page | Size
                || previous == .uppercase && kind == .uppercase && next == .lowercase && !isPluralSuffix(kinds, at: index + 1, isS: isS)  // HTTPProxy → HTTP | Proxy (but URLs stays one word)
                || previous == .digit && kind == .uppercase  // V2Beta → V2 | Beta
            {
                ranges.append(wordStart..<index)
                start = index
            }
        }
        if let wordStart = start { ranges.append(wordStart..<kinds.count) }
        return ranges
    }

    /// Terms spelled with mixed case that the case-change rule would cut in two (`IPv6` → `I`, `Pv6`).
    static let mixedCaseTerms: Set<String> = ["IPv4", "IPv6", "OAuth"]
    private static let mixedCaseTermInitials = Set(mixedCaseTerms.compactMap(\.utf8.first))

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
        // Most words are told apart by their first byte.
        guard let first = word.utf8.first, mixedCaseTermInitials.contains(first) else { return false }
        if mixedCaseTerms.contains(word) { return true }
        let base = word.reversed().drop(while: \.isNumber).reversed()
        return base.count < word.count && mixedCaseTerms.contains(String(base))
    }

    /// Whether character `index` is an `s` that ends a word (the plural of an acronym: `URLs`).
    private static func isPluralSuffix(_ kinds: [Kind], at index: Int, isS: (Int) -> Bool) -> Bool {
        guard isS(index) else { return false }
        let after = index + 1
        return after == kinds.count || kinds[after] != .lowercase
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
        if let first = word.utf8.first, first < 0x80 {
            guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return word }
            var bytes = Array(word.utf8)
            bytes[0] -= 32
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `HTTP` → `http`, `Request` → `request`, `iOS` → `iOS`, `URLs` → `urls`, `IPv6` → `ipv6`.
    private static func lowercasedLeadingWord(_ word: String) -> String {
        if isMixedCaseTerm(word) { return word.lowercased() }
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(word.utf8)
            let isUpper = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
            let isLetter = { (byte: UInt8) in isUpper(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) }
            let allLettersUpper = bytes.contains(where: isLetter) && bytes.allSatisfy { !isLetter($0) || isUpper($0) }
            let pluralAcronym = bytes.count > 1 && bytes.dropLast().allSatisfy(isUpper) && bytes.last == UInt8(ascii: "s")
            if allLettersUpper || pluralAcronym { return word.lowercased() }
            guard let first = bytes.first, isUpper(first) else { return word }
            var lowered = bytes
            lowered[0] += 32
            return String(decoding: lowered, as: UTF8.self)
        }
        let letters = word.filter(\.isLetter)
        if !letters.isEmpty && letters.allSatisfy(\.isUppercase) { return word.lowercased() }
        if word.count > 1, word.dropLast().allSatisfy(\.isUppercase), word.last == "s" { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    /// Type names that cannot be declared, even with backticks, or that would break generated code.
    /// The case of an open enum or a union that holds a value the spec does not list. A spec's own
    /// `UNKNOWN` or `OTHER` value keeps its natural name; this one is not a word specs use as a value.
    public static let fallbackCase = "undocumented"

    static let reservedTypeNames: Set<String> = [
        "Type", "Self", "Protocol", "Any", "Sendable", "Codable", "Decodable", "Encodable", "Hashable",
        "Equatable", "Error", "String", "Substring", "Character", "Int", "Int32", "Int64", "UInt", "Double",
        "Float", "Bool", "Data", "Date", "URL", "UUID", "Decimal", "Array", "Dictionary", "Set", "Optional",
        "Never", "Void", "Result", "Foundation", "JSONDecoder", "JSONEncoder", "Decoder", "Encoder",
        "CodingKey", "CodingKeys", "HTTPTypes", "HTTPFields", "HTTPField", "HTTPRequest", "HTTPResponse",
        "OpenAPIRuntime", "HTTPBody", "ClientTransport", "ClientMiddleware", "Duration",
        // Standard-library and Foundation types the generated support code names unqualified.
        "Comparable", "RawRepresentable", "LosslessStringConvertible", "CustomStringConvertible",
        "CustomDebugStringConvertible", "CustomReflectable", "Mirror", "ExpressibleByStringLiteral", "Hasher",
        "DecodingError", "KeyedDecodingContainer", "KeyedEncodingContainer", "AsyncSequence", "AsyncIteratorProtocol",
        "IndexingIterator", "KeyPath", "StaticString", "UInt8", "UTF8", "Unicode", "Locale", "TimeZone",
        "DateFormatter", "NSLock", "NSRegularExpression", "NSRange", "CodingUserInfoKey",
        // Modules whose names generated code or its example tests (and the macros they expand) spell.
        "Swift", "Testing",
        // Declared by the generated support file and client.
        "Client", "Servers", "APIError", "ResponseDecodingError", "RequestValidationError", "Validate",
        "URIEncoding", "QueryString", "RawResponse", "RequestSender", "JSONValue", "JSONCoding", "JSONKey", "Indirect",
        "CookieString", "EncodedBody", "RequestBodies", "FormFields", "MultipartFile",
        "ResponseTooLargeError", "OperationOutput", "ObjectModel", "PropertyVisitor", "PropertyVisitors", "Discriminator", "FormEncoding", "MultipartBody",
        "RetryPolicy", "PageSequence", "PageItemSequence",
        "Credentials", "BasicCredentials", "Credential", "RedactedDescription", "HeaderValues", "DateText",
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
