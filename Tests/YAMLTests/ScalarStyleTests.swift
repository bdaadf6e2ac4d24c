// Block and quoted scalars: the exact text after folding, chomping and unescaping, and the style.

import Testing
@testable import YAML

private func value(_ yaml: String) throws -> Scalar? {
    try parse(yaml)["v"]?.scalar
}

@Test func foldedKeepsParagraphBreaksAndEndsWithOneNewline() throws {
    let scalar = try value("v: >\n  one\n  two\n\n  three\n\n\nw: x\n")
    #expect(scalar == Scalar("one two\nthree\n", style: .folded))
}

@Test func foldedStripHasNoFinalNewline() throws {
    #expect(try value("v: >-\n  one\n  two\n\n  three\nw: x\n") == Scalar("one two\nthree", style: .folded))
}

@Test func foldedKeepsMoreIndentedLines() throws {
    #expect(try value("v: >\n  a\n    code\n  b\n")?.value == "a\n  code\nb\n")
}

@Test func literalKeepsLineBreaks() throws {
    #expect(try value("v: |\n  one\n  two\n\n  three\n\nw: x\n") == Scalar("one\ntwo\n\nthree\n", style: .literal))
}

@Test func literalKeepAndStripChomping() throws {
    #expect(try value("v: |+\n  x\n\n\nw: x\n")?.value == "x\n\n\n")
    #expect(try value("v: |-\n  x\n\n\nw: x\n")?.value == "x")
    #expect(try value("v: |2\n    indented\n")?.value == "  indented\n")
}

@Test func doubleQuotedEscapes() throws {
    let scalar = try value(#"v: "a\nb\tc \u00e9 \"q\" \\ \x41 \/""#)
    #expect(scalar == Scalar("a\nb\tc é \"q\" \\ A /", style: .doubleQuoted))
}

@Test func doubleQuotedNulIsKept() throws {
    let text = try value(#"v: "a\0b""#)?.value
    #expect(text == "a\u{0}b")
    #expect(text?.utf8.count == 3)
}

@Test func doubleQuotedLineFolding() throws {
    #expect(try value("v: \"first\n  second\n\n  third\"\n")?.value == "first second\nthird")
}

@Test func singleQuotedDoublesQuotes() throws {
    #expect(try value("v: 'it''s \\n raw'") == Scalar("it's \\n raw", style: .singleQuoted))
}

@Test func plainMultilineScalarFolds() throws {
    #expect(try value("v: one\n  two\n") == Scalar("one two", style: .plain))
}

@Test func nonASCIIText() throws {
    #expect(try value("v: Grüße 😀 日本")?.value == "Grüße 😀 日本")
}
