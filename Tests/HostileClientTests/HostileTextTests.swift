import Foundation
import Testing
@testable import HostileClient

/// The text spec/hostile/hostile.yaml puts in every free-text place, tagged by the place: the same
/// 13 payloads, in the same order (see the comment at the top of the spec).
func payload(_ place: String) -> String {
    [
        "*/ func injected\(place)1() {} /*",
        "/* /* */ */ let injected\(place)2 = 1 /*",
        "\n}\nfunc injected\(place)3() {}\n",
        "\rlet injected\(place)4 = 1\r\n",
        "\"\"\"\n\"); func injected\(place)5() {} (\"\\",
        "\\(undeclared\(place)6())",
        "\"#); func injected\(place)7() {} (#\" \\#(undeclared\(place)8) \"##",
        "`undeclared\(place)9` ```",
        "\u{2028}func injected\(place)10() {}\u{2029}let injected\(place)11 = 1\u{85}\u{B}\u{C}",
        "\u{202E}} func injected\(place)12() {}\u{202C}\u{202A}\u{202B}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}",
        "\0\u{1}\u{8}\u{1B}[31m\u{7F}\u{9B}",
        "\u{E000}\u{E001} end \(place)",
    ].joined(separator: " ")
}

/// The payloads written as a regular expression that the generated code checks (braces and
/// parentheses escaped where they would not parse), for `pattern`s.
func regexPayload(_ place: String) -> String {
    [
        "x*/ func injected\(place)1() \\{\\} /* /* /* */ */ let injected\(place)2 = 1 /*",
        "\n\\}\nfunc injected\(place)3() \\{\\}\n",
        "\rlet injected\(place)4 = 1\r\n",
        "\"\"\"\n\"\\); func injected\(place)5() \\{\\} \\(\"\\\\",
        "\\(undeclared\(place)6\\(\\)\\)",
        "\"#\\); func injected\(place)7() \\{\\} \\(#\" \\#(undeclared\(place)8) \"##",
        "`undeclared\(place)9` ```",
        "\u{2028}func injected\(place)10() \\{\\}\u{2029}let injected\(place)11 = 1\u{85}\u{B}\u{C}",
        "\u{202E}\\} func injected\(place)12() \\{\\}\u{202C}\u{202A}\u{202B}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}",
        "\0\u{1}\u{8}\u{1B}\\[31m\u{7F}\u{9B}",
        "\u{E000}\u{E001} end \(place)",
    ].joined(separator: " ")
}

/// Hostile values reach the generated code as string literals that evaluate to exactly themselves.
@Suite struct HostileValueTests {
    @Test func theHostileEnumValueIsAKnownCaseAndRoundTrips() throws {
        let value = payload("EnumValue")
        let kind = Kind(rawValue: value)
        if case .undocumented = kind { Issue.record("the payload decoded as undocumented") }
        #expect(kind.rawValue == value)
        let json = try JSONEncoder().encode(kind)
        #expect(try JSONDecoder().decode(String.self, from: json) == value)
        #expect(try JSONDecoder().decode(Kind.self, from: json) == kind)
    }

    @Test(arguments: [
        "rawValue", "description", "hashValue", "allCases", "self", "init", "default", "Type", "case", "nil", "true",
        "", "-", "1", "+1", "-1", "\\(x)",
    ])
    func aValueNamedLikeAMemberOrKeywordIsItsOwnCase(value: String) throws {
        let kind = Kind(rawValue: value)
        if case .undocumented = kind { Issue.record("\(value.debugDescription) decoded as undocumented") }
        #expect(kind.rawValue == value)
        #expect(try JSONDecoder().decode(Kind.self, from: JSONEncoder().encode(kind)) == kind)
    }

    /// Values whose case name collides with another's keep their raw value through `unknown`.
    @Test(arguments: ["unknown", "Self", "_", "\\", "\"", "`", "#", "\"#", "*/", "/*"])
    func aValueWhoseCaseNameIsTakenRoundTrips(value: String) throws {
        let kind = Kind(rawValue: value)
        #expect(kind.rawValue == value)
        #expect(try JSONDecoder().decode(Kind.self, from: JSONEncoder().encode(kind)).rawValue == value)
    }

    @Test func theInlineEnumKeepsItsHostileValue() {
        if case .undocumented = Payloads.Inline(rawValue: payload("InlineEnumValue")) { Issue.record("the payload decoded as undocumented") }
        #expect(Payloads.Inline(rawValue: payload("InlineEnumValue")).rawValue == payload("InlineEnumValue"))
    }

    @Test func defaultsAndConstantsAreTheSpecText() throws {
        let payloads = Payloads()
        #expect(payloads.text == payload("PropertyDefault"))
        #expect(payloads.constant == payload("PropertyConst"))
        let decoded = try JSONDecoder().decode(Payloads.self, from: JSONEncoder().encode(payloads))
        #expect(decoded == payloads)
    }

    /// The pattern's literal is the spec's text: the error of a value that does not match it
    /// quotes it (and NSRegularExpression compiled it, or there would be no error).
    @Test func aPatternIsTheSpecText() throws {
        var payloads = Payloads()
        payloads.pattern = "no"
        #expect(throws: RequestValidationError(parameter: "pattern", problem: "must match the pattern " + regexPayload("PatternProperty"))) {
            try JSONCoding.requestEncoder().encode(payloads)
        }
    }

    @Test func literalsOfTheClientAreTheSpecText() {
        #expect(Servers.variables(url2: "v", aB: "a", aB2: "b", _self: "s", default: "d")?.absoluteString == "https://hostile.example.com/v/a/b/s/d")
    }

    /// A doc comment that ate a line would take a property with it: every property of `Names` is
    /// still declared (this would not compile otherwise).
    @Test func everyPropertyIsDeclared() {
        let properties: [PartialKeyPath<Names>] = [
            \._self2, \._self, \.type, \.type2, \.`protocol`, \.`class`, \.`default`, \.`init`, \.`deinit`,
            \.`subscript`, \.protocol2, \._unnamed2, \.`inout`, \.`func`, \.`where`, \.`is`, \.`as`, \.`super`,
            \.`some`, \.any2, \.`any`, \.`await`, \.`async`, \.`throws`, \.`nil`, \.`true`, \.`case`, \.rawValue,
            \Names.hashValue as KeyPath<Names, String?>, \.description, \.debugDescription, \.container, \.decoder, \.encoder, \.visitor,
            \.visitProperties, \.newValue, \.string, \.int, \.data, \.name4, \.naMe, \.name2, \.name, \.name3,
            \._1st, \.plus1, \.minus1, \._unnamed, \.aB, \.object,
        ]
        #expect(properties.count == 51)
        let payloadProperties: [PartialKeyPath<Payloads>] = [
            \.text, \.constant, \.kind, \.defaultKind, \.inline, \.union, \._deprecatedText,
        ]
        #expect(payloadProperties.count == 7)
    }
}
