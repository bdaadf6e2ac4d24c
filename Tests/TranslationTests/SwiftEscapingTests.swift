import Basics
import Testing
import Translation
import YAML

@Suite struct DocCommentTests {
    @Test func multiByteCharactersAreKeptWholeAndHiddenOnesDropped() {
        #expect(
            SwiftEscaping.docComment("é ü\u{200E}€ 😀\u{2029}ß\u{E000}\u{85}\r\n日本\t語 \u{1F3F3}\u{FE0F}\u{200D}\u{1F308}")
                == ["/// é ü€ 😀", "/// ß", "///", "/// 日本 語 \u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"]
        )
    }

    @Test func everyLineTerminatorSplitsALine() {
        #expect(
            SwiftEscaping.docComment("one\ntwo\r\nthree\rfour\u{2028}five\u{2029}six\u{85}seven")
                == ["/// one", "/// two", "/// three", "/// four", "/// five", "/// six", "/// seven"]
        )
    }

    @Test func crlfIsOneLineBreak() {
        #expect(SwiftEscaping.docComment("a\r\n\r\nb") == ["/// a", "///", "/// b"])
    }

    @Test func bidiControlsAndControlCharactersAreDropped() {
        #expect(SwiftEscaping.docComment("user\u{202E}gnp.exe\u{202C}") == ["/// usergnp.exe"])
        #expect(SwiftEscaping.docComment("\u{2066}x\u{2069}\u{200F}\u{061C}") == ["/// x"])
        #expect(SwiftEscaping.docComment("a\u{0}b\u{7}c\u{1B}d\u{7F}e") == ["/// abcde"])
    }

    @Test func theRenderersLayoutMarkersCannotComeFromASpec() {
        #expect(SwiftEscaping.docComment("x\u{E000}y\u{E001}") == ["/// xy"])
    }

    @Test func tabsBecomeSpacesAndTrailingSpacesGo() {
        #expect(SwiftEscaping.docComment("a\tb   \t") == ["/// a b"])
    }

    @Test func leadingIndentationIsKept() {
        #expect(SwiftEscaping.docComment("list:\n  - item\n    code") == ["/// list:", "///   - item", "///     code"])
    }

    @Test func blankLineRunsCollapseAndEdgesAreTrimmed() {
        #expect(SwiftEscaping.docComment("\n\n  \nfirst\n\n\n \n\nsecond\n\n") == ["/// first", "///", "/// second"])
        #expect(SwiftEscaping.docComment("") == [])
        #expect(SwiftEscaping.docComment(" \n\t\n") == [])
    }

    @Test func commentTerminatorsAreHarmlessInLineComments() {
        #expect(SwiftEscaping.docComment("ends */ here /* and") == ["/// ends */ here /* and"])
    }

    @Test func codeAfterANewlineStaysInTheComment() {
        let lines = SwiftEscaping.docComment("x\n}\nfunc evil() {}\u{2028}let y = 1")
        #expect(lines == ["/// x", "/// }", "/// func evil() {}", "/// let y = 1"])
        #expect(lines.allSatisfy { $0.hasPrefix("///") })
    }
}

@Suite struct DocCodeTests {
    @Test func plainValue() {
        #expect(SwiftEscaping.docCode("USD") == "`USD`")
    }

    @Test func theFenceIsLongerThanAnyBacktickRunInside() {
        #expect(SwiftEscaping.docCode("a`b") == "``a`b``")
        #expect(SwiftEscaping.docCode("a``b`c") == "```a``b`c```")
    }

    @Test func aBacktickAtAnEdgeIsPadded() {
        #expect(SwiftEscaping.docCode("`x") == "`` `x ``")
        #expect(SwiftEscaping.docCode("``x``") == "``` ``x`` ```")
    }

    @Test func linesAreJoinedAndHiddenCharactersDropped() {
        #expect(SwiftEscaping.docCode("one\ntwo\r\n\u{202E}three") == "`one two three`")
    }

    // An empty value gives "``", which Markdown shows as two literal backticks rather than empty code.
    // Harmless, noted as a cosmetic issue.
    @Test func emptyValue() {
        #expect(SwiftEscaping.docCode("") == "``")
    }
}

@Suite struct StringLiteralTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        (#"\(evil())"#, #""\\(evil())""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("nul\u{0}x", #""nul\0x""#),
        ("ls\u{2028}ps\u{2029}", #""ls\u{2028}ps\u{2029}""#),
        ("bidi\u{202E}x\u{2066}", #""bidi\u{202E}x\u{2066}""#),
        ("del\u{7F}bell\u{7}nel\u{85}", #""del\u{7F}bell\u{7}nel\u{85}""#),
        ("marker\u{E000}", #""marker\u{E000}""#),
        ("emoji 😀 é e\u{301}", "\"emoji 😀 é e\u{301}\""),
        (##"#"raw"#"##, ##""#\"raw\"#""##),
        ("\"\"\"", #""\"\"\"""#),
    ])
    func literal(text: String, expected: String) {
        #expect(SwiftEscaping.stringLiteral(text) == expected)
    }

    @Test func aLiteralNeverContainsARawLineBreakOrHiddenCharacter() {
        let nasty = "a\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}z"
        let literal = SwiftEscaping.stringLiteral(nasty)
        #expect(literal.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        #expect(literal.hasPrefix("\"") && literal.hasSuffix("\""))
    }
}

@Suite struct TextHelperTests {
    @Test func replacingAllMatchesBytesNotCharacters() {
        #expect("a\r\nb\nc".replacingAll("\n", with: "\\n") == "a\r\\nb\\nc")
        #expect("`x` and `y`".replacingAll("`", with: "") == "x and y")
        #expect("{v}/{v}/{w}".replacingAll("{v}", with: "é") == "é/é/{w}")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("abc".replacingAll("", with: "x") == "abc")
        #expect("ab".replacingAll("abc", with: "x") == "ab")
    }

    @Test func trimmedRemovesSpacesTabsAndOptionallyLineBreaks() {
        #expect(" \ttext/plain \t".trimmed() == "text/plain")
        #expect("\n x \n".trimmed() == "\n x \n")
        #expect("\r\n x \n".trimmed(newlines: true) == "x")
        #expect("   ".trimmed() == "")
        #expect(" é ".trimmed() == "é")
    }
}

@Suite struct ExampleJSONTests {
    private func node(_ yaml: String) throws -> Node {
        try YAMLParser.parse(Array(yaml.utf8), file: "t.yaml")
    }

    @Test func shortExamplesAreCompactJSON() throws {
        #expect(JSONText.render(try node("{a: 1, b: [x, 'y'], c: null}"), maxCharacters: 400) == #"{"a":1,"b":["x","y"],"c":null}"#)
    }

    @Test func theLimitCountsCharactersNotBytes() throws {
        // 300 characters, 600 bytes: within the limit although past it in bytes.
        let text = String(repeating: "é", count: 296)
        #expect(JSONText.render(try node("[\(text)]"), maxCharacters: 300) == "[\"\(text)\"]")
        #expect(JSONText.render(try node("[\(text)]"), maxCharacters: 299) == nil)
        #expect(JSONText.render(try node("[" + String(repeating: "a, ", count: 5000) + "b]"), maxCharacters: 400) == nil)
    }
}
