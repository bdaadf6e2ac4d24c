import Testing
@testable import Translation

/// Rows of `(raw, typeName, memberName)` whose output is an idiomatic, valid Swift name.
private let namingTable: [(String, String, String)] = [
    // Case styles.
    ("HTTP_Proxy", "HTTPProxy", "httpProxy"),
    ("X-Request-ID", "XRequestID", "xRequestID"),
    ("pageSize", "PageSize", "pageSize"),
    ("page_size", "PageSize", "pageSize"),
    ("ConnectedAccountBalances", "ConnectedAccountBalances", "connectedAccountBalances"),
    ("getConnectedAccountBalances", "GetConnectedAccountBalances", "getConnectedAccountBalances"),
    ("snake_case_name", "SnakeCaseName", "snakeCaseName"),
    ("kebab-case-name", "KebabCaseName", "kebabCaseName"),
    ("foo bar baz", "FooBarBaz", "fooBarBaz"),
    ("x-amz-meta", "XAmzMeta", "xAmzMeta"),
    ("tx_id", "TxId", "txId"),
    ("a.b.c", "ABC", "aBC"),
    // Acronyms.
    ("iOS", "IOS", "iOS"),
    ("ID", "ID", "id"),
    ("userID", "UserID", "userID"),
    ("user_id", "UserId", "userId"),
    ("userIDs", "UserIDs", "userIDs"),
    ("URLs", "URLs", "urls"),
    ("IDs", "IDs", "ids"),
    ("PDFs", "PDFs", "pdfs"),
    ("IN_PROGRESS", "InProgress", "inProgress"),
    ("PENDING_AUTHORIZATION", "PendingAuthorization", "pendingAuthorization"),
    ("ALL CAPS", "AllCaps", "allCaps"),
    ("USD_COIN", "UsdCoin", "usdCoin"),
    ("SKU-ID", "SkuId", "skuId"),  // read as SCREAMING_SNAKE_CASE
    ("XMLHttpRequest", "XMLHttpRequest", "xmlHttpRequest"),
    ("HTTPURLResponse", "HTTPURLResponse", "httpurlResponse"),
    ("URLSession", "URLSession", "urlSession"),
    ("FOOBar", "FOOBar", "fooBar"),
    ("ACTIVE", "ACTIVE", "active"),
    // Digits.
    ("V2Beta", "V2Beta", "v2Beta"),
    ("base64", "Base64", "base64"),
    ("sha256Hash", "Sha256Hash", "sha256Hash"),
    ("2fa", "_2fa", "_2fa"),
    ("1d", "_1d", "_1d"),
    ("1st_place", "_1stPlace", "_1stPlace"),
    ("100%", "_100", "_100"),
    ("+1", "Plus1", "plus1"),
    ("-1", "Minus1", "minus1"),
    ("-", "Minus", "minus"),
    // Keywords (members are backticked) and reserved type names (types get `Model`).
    ("default", "Default", "`default`"),
    ("in", "In", "`in`"),
    ("func", "Func", "`func`"),
    ("class", "Class", "`class`"),
    ("init", "Init", "`init`"),
    ("typealias", "Typealias", "`typealias`"),
    ("some", "Some", "`some`"),
    ("is", "Is", "`is`"),
    ("self", "SelfModel", "_self"),
    ("Self", "SelfModel", "_self"),
    ("Any", "AnyModel", "`any`"),
    ("Type", "TypeModel", "type"),
    ("Protocol", "ProtocolModel", "`protocol`"),
    ("Error", "ErrorModel", "error"),
    ("Data", "DataModel", "data"),
    ("Client", "ClientModel", "client"),
    ("UUID", "UUIDModel", "uuid"),
    ("Int", "IntModel", "int"),
    ("Sendable", "SendableModel", "sendable"),
    ("CodingKeys", "CodingKeysModel", "codingKeys"),
    // Names the support code spells unqualified (`Unicode.Scalar`, `KeyPath`, its own helpers), and
    // modules that code or the example tests' macros spell (`Swift.Never`, `Testing.Test`).
    ("Unicode", "UnicodeModel", "unicode"),
    ("KeyPath", "KeyPathModel", "keyPath"),
    ("Hasher", "HasherModel", "hasher"),
    ("CookieString", "CookieStringModel", "cookieString"),
    ("Swift", "SwiftModel", "swift"),
    ("Testing", "TestingModel", "testing"),
    ("unknown", "Unknown", "unknown"),
    // Symbols.
    ("$ref", "Ref", "ref"),
    ("@type", "TypeModel", "type"),
    ("__private", "Private", "`private`"),
    ("C++", "C", "c"),
    ("with\ttab", "WithTab", "withTab"),
    ("zero\u{200B}width", "ZeroWidth", "zeroWidth"),
    // Nothing usable left.
    ("", "_Unnamed", "_unnamed"),
    ("___", "_Unnamed", "_unnamed"),
    ("_", "_Unnamed", "_unnamed"),
    ("👍", "_Unnamed", "_unnamed"),
    // Letters outside ASCII are kept; emoji and symbols are separators.
    ("éclair", "Éclair", "éclair"),
    ("ÉCLAIR", "ÉCLAIR", "éclair"),
    ("naïve", "Naïve", "naïve"),
    ("日本", "日本", "日本"),
    ("combining e\u{301}", "CombiningE\u{301}", "combiningE\u{301}"),
    ("😀smile", "Smile", "smile"),
]

/// Rows where the current output is not what a Swift programmer would write: a leading
/// two-letter acronym followed by lowercase is split after one letter (`I` | `Pv6`), because it
/// cannot be told apart from `ATest` (`A` | `Test`) without a dictionary.
/// Terms that mix cases in their own spelling stay whole.
private let mixedCaseTable: [(String, String, String)] = [
    ("IPv6Address", "IPv6Address", "ipv6Address"),
    ("OAuth2Token", "OAuth2Token", "oauth2Token"),
    ("ipv4_range", "Ipv4Range", "ipv4Range"),
    ("allowedIPv4", "AllowedIPv4", "allowedIPv4"),
    ("OAuth", "OAuth", "oauth"),
    ("ATest", "ATest", "aTest"),
    ("IPAddress", "IPAddress", "ipAddress"),
]

/// A Swift identifier: a letter or `_` then letters, digits or `_`; or a keyword in backticks.
func isValidSwiftIdentifier(_ name: String) -> Bool {
    var body = Substring(name)
    if name.hasPrefix("`") {
        guard name.count > 2, name.hasSuffix("`") else { return false }
        body = name.dropFirst().dropLast()
        guard SwiftName.keywords.contains(String(body)) else { return false }
    } else if SwiftName.keywords.contains(name) {
        return false
    }
    guard let first = body.first, first.isLetter || first == "_" else { return false }
    guard body != "_" else { return false }
    return body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
}

@Suite struct SwiftNameTests {
    @Test(arguments: namingTable)
    func names(raw: String, typeName: String, memberName: String) {
        #expect(SwiftName.typeName(raw) == typeName, "type name of \(raw.debugDescription)")
        #expect(SwiftName.memberName(raw) == memberName, "member name of \(raw.debugDescription)")
    }

    @Test(arguments: mixedCaseTable)
    func mixedCaseTerms(raw: String, typeName: String, memberName: String) {
        #expect(SwiftName.typeName(raw) == typeName, "type name of \(raw.debugDescription)")
        #expect(SwiftName.memberName(raw) == memberName, "member name of \(raw.debugDescription)")
    }

    @Test(arguments: (namingTable + mixedCaseTable).map(\.0))
    func everyNameIsAValidIdentifier(raw: String) {
        let typeName = SwiftName.typeName(raw)
        let memberName = SwiftName.memberName(raw)
        #expect(isValidSwiftIdentifier(typeName), "\(typeName)")
        #expect(!typeName.hasPrefix("`"), "types are never backticked: \(typeName)")
        #expect(!SwiftName.reservedTypeNames.contains(typeName))
        #expect(isValidSwiftIdentifier(memberName), "\(memberName)")
        #expect(isValidSwiftIdentifier(SwiftName.unescapedMemberName(raw)) || SwiftName.keywords.contains(SwiftName.unescapedMemberName(raw)))
    }

    @Test func validatorRejectsNonIdentifiers() {
        for bad in ["", "1a", "a-b", "a b", "default", "`notAKeyword`", "_", "😀", "a.b"] {
            #expect(!isValidSwiftIdentifier(bad), "\(bad)")
        }
        for good in ["a", "_1", "`default`", "éclair", "日本", "V2"] {
            #expect(isValidSwiftIdentifier(good), "\(good)")
        }
    }

    @Test func typeAndMemberNamesAgreeOnWords() {
        // The type name is the member name with its first word capitalised, except where the
        // first word is an acronym (lowercased whole as a member).
        #expect(SwiftName.split("HTTPProxy").words == ["HTTP", "Proxy"])
        #expect(SwiftName.split("pageSize").words == ["page", "Size"])
        #expect(SwiftName.split("X-Request-ID").words == ["X", "Request", "ID"])
        #expect(SwiftName.split("+1").words == ["plus", "1"])
        #expect(SwiftName.split("V2Beta").words == ["V2", "Beta"])
        #expect(SwiftName.split("a\u{1F600}b").words == ["a", "b"])
    }

    /// A member the spec does not name yields to the spec's members, which keep their names.
    @Test(arguments: [
        ("variant", Set<String>(), "variant"),
        ("variant", ["variant"], "variantValue"),
        ("variant", ["variant", "variantValue"], "variantValue2"),
        ("variant", ["variant", "variantValue", "variantValue2"], "variantValue3"),
        ("default", [], "`default`"),
    ] as [(String, Set<String>, String)])
    func unusedMemberNames(base: String, taken: Set<String>, name: String) {
        #expect(SwiftName.unusedMemberName(base, avoiding: taken) == name)
    }

    /// ASCII names are split byte by byte, others character by character: the rules are the same.
    @Test func nonASCIINamesFollowTheSameRules() {
        #expect(SwiftName.split("HTTPProxyÄnderung").words == ["HTTP", "Proxy", "Änderung"])
        #expect(SwiftName.split("URLsÜber").words == ["URLs", "Über"])
        #expect(SwiftName.split("-préfixe_2Été").words == ["minus", "préfixe", "2", "Été"])
        #expect(SwiftName.split("ÉTAT_CIVIL").hasLowercase == false)
        #expect(SwiftName.memberName("ÉTAT_CIVIL") == "étatCivil")
        #expect(SwiftName.memberName("STATE_CIVIL") == "stateCivil")
        #expect(SwiftName.typeName("élan") == "Élan")
        #expect(SwiftName.memberName("Élan") == "élan")
    }
}
