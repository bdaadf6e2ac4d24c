import Testing
import Translation

/// Every escaping context of the one authority, against the characters a hostile spec uses to
/// break out of a line or hide code from a reviewer: bidi embeddings, overrides and isolates,
/// line and paragraph separators, NUL and other controls.
@Suite struct EscapingTableTests {
    static let hostile: [(name: String, scalar: Unicode.Scalar)] = [
        ("NUL", "\u{0}"), ("BEL", "\u{7}"), ("ESC", "\u{1B}"), ("DEL", "\u{7F}"), ("NEL", "\u{85}"), ("C1", "\u{9B}"),
        ("LF", "\n"), ("CR", "\r"), ("VT", "\u{B}"), ("FF", "\u{C}"), ("LS", "\u{2028}"), ("PS", "\u{2029}"),
        ("LRE", "\u{202A}"), ("RLE", "\u{202B}"), ("PDF", "\u{202C}"), ("LRO", "\u{202D}"), ("RLO", "\u{202E}"),
        ("LRI", "\u{2066}"), ("RLI", "\u{2067}"), ("FSI", "\u{2068}"), ("PDI", "\u{2069}"),
        ("LRM", "\u{200E}"), ("RLM", "\u{200F}"), ("ALM", "\u{061C}"), ("layout marker", "\u{E000}"),
    ]

    /// The contexts, each with the text it produces for `a<scalar>b`.
    static let contexts: [(name: String, escape: @Sendable (String) -> String)] = [
        ("doc comment", { SwiftEscaping.docComment($0).joined(separator: "\n") }),
        ("doc line", { SwiftEscaping.docLine($0) }),
        ("doc code", { SwiftEscaping.docCode($0) }),
        ("doc code text", { SwiftEscaping.docCodeText($0) }),
        ("string literal", { SwiftEscaping.stringLiteral($0) }),
        ("raw string literal", { SwiftEscaping.rawStringLiteral($0) }),
        ("type name", { SwiftName.typeName($0) }),
        ("member name", { SwiftName.memberName($0) }),
        ("enum case name", { SwiftName.enumCaseName($0) }),
    ]

    @Test(arguments: 0..<contexts.count)
    func noHostileCharacterReachesSourceRaw(context: Int) {
        let (name, escape) = Self.contexts[context]
        for (character, scalar) in Self.hostile {
            let output = escape("a" + String(Character(scalar)) + "b")
            let allowedNewline = name == "doc comment" && isLineBreak(scalar)
            for found in output.unicodeScalars where found == scalar && !allowedNewline {
                Issue.record("\(name): \(character) (U+\(String(scalar.value, radix: 16, uppercase: true))) reaches the source raw: \(output.debugDescription)")
            }
            if allowedNewline {
                // A line break in a doc comment starts a new `///` line, never a line of code.
                #expect(output.split(separator: "\n").allSatisfy { $0.hasPrefix("///") }, "\(name): \(character)")
            }
        }
    }

    private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }

    @Test func literalsEscapeWhatTheyMustAndKeepTheValue() {
        #expect(SwiftEscaping.stringLiteral("a\u{202E}b\u{2028}c\0d") == #""a\u{202E}b\u{2028}c\0d""#)
        #expect(SwiftEscaping.rawStringLiteral("a\u{202E}b\u{2028}c\0d") == ##"#"a\#u{202E}b\#u{2028}c\#u{0}d"#"##)
    }

    @Test func aRawLiteralNeitherEndsNorEscapesEarly() {
        // A quote followed by `#` would end `#"…"#`; a backslash followed by `#` would start an escape.
        #expect(SwiftEscaping.rawStringLiteral(#"{"a":"b"}"#) == ##"#"{"a":"b"}"#"##)
        #expect(SwiftEscaping.rawStringLiteral(##"x"#y"##) == ###"##"x"#y"##"###)
        #expect(SwiftEscaping.rawStringLiteral(##"\#(x)"##) == ###"##"\#(x)"##"###)
        #expect(SwiftEscaping.rawStringLiteral(##"\#u{202E}"##) == ###"##"\#u{202E}"##"###)
        #expect(SwiftEscaping.rawStringLiteral("\"#\u{2028}") == ###"##""#\##u{2028}"##"###)
    }
}
