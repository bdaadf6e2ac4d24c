// Located errors, word for word: libyaml's syntax errors (problem, with its context when it has one)
// and the rules this layer adds (one document, no duplicate keys, not empty).

import Diagnostics
import Testing
@testable import YAML

@Test func tabIndentation() {
    #expect(parseError("paths:\n  /a:\n\tget: {}\n")
        == "t.yaml:3:1: error: while scanning for the next token: found character that cannot start any token (tabs cannot be used for indentation)")
}

@Test func characterThatCannotStartAToken() {
    #expect(parseError("key: @value\n")
        == "t.yaml:1:6: error: while scanning for the next token: found character that cannot start any token")
}

@Test func unclosedFlowSequence() {
    #expect(parseError("a: [1, 2\n") == "t.yaml:2:1: error: while parsing a flow sequence: did not find expected ',' or ']'")
    #expect(parseError("a: [1, 2") == "t.yaml:1:9: error: while parsing a flow sequence: did not find expected ',' or ']'")
}

@Test func unclosedFlowMapping() {
    #expect(parseError("a: {b: 1\n") == "t.yaml:2:1: error: while parsing a flow mapping: did not find expected ',' or '}'")
}

@Test func badIndentation() {
    #expect(parseError("info:\n  title: T\n version: 1\n")
        == "t.yaml:3:2: error: while parsing a block mapping: did not find expected key")
    #expect(parseError("a: 1\n  b: 2\n") == "t.yaml:2:4: error: mapping values are not allowed in this context")
    #expect(parseError("- a\nb: 1\n") == "t.yaml:2:1: error: while parsing a block collection: did not find expected '-' indicator")
}

@Test func unterminatedQuotedScalar() {
    #expect(parseError("a: 'abc\n") == "t.yaml:2:1: error: while scanning a quoted scalar: found unexpected end of stream")
}

@Test func invalidUTF8() {
    let bytes = Array("a: b\nc: d".utf8) + [0xC3, 0xFF, 0x0A]
    do {
        _ = try YAMLParser.parse(bytes, file: "t.yaml")
        Issue.record("invalid UTF-8 parsed")
    } catch {
        #expect(error.description == "t.yaml:2:6: error: invalid trailing UTF-8 octet (byte 0xFF)")
    }
}

@Test func controlCharacter() {
    #expect(parseError("a: \u{1}\n") == "t.yaml:1:4: error: control characters are not allowed (U+0001)")
}

@Test func duplicateKey() {
    #expect(parseError("info:\n  name: a\n  title: b\n  name: c\n") == "t.yaml:4:3: error: duplicate key 'name' (first at line 2)")
    #expect(parseError("{a: 1, b: 2, a: 3}") == "t.yaml:1:14: error: duplicate key 'a' (first at line 1)")
    // Same text, different style: still the same key.
    #expect(parseError("200: a\n'200': b\n") == "t.yaml:2:1: error: duplicate key '200' (first at line 1)")
}

@Test func duplicateKeyInALargeMapping() {
    let keys = (1...40).map { "k\($0): \($0)\n" }.joined()
    #expect(parseError(keys + "k7: again\n") == "t.yaml:41:1: error: duplicate key 'k7' (first at line 7)")
    #expect(parseError(keys + "k40: again\n") == "t.yaml:41:1: error: duplicate key 'k40' (first at line 40)")
    #expect(parseError(keys) == nil)
}

@Test func sameKeyInDifferentMappingsIsFine() throws {
    let doc = try parse("a: {name: 1}\nb: {name: 2}\n")
    #expect(doc["b"]?["name"]?.int == 2)
}

@Test func twoDocuments() {
    let message = "more than one YAML document in the file; OpenAPI documents must be a single document"
    #expect(parseError("a: 1\n---\nb: 2\n") == "t.yaml:2:1: error: \(message)")
    #expect(parseError("--- a\n--- b\n") == "t.yaml:2:1: error: \(message)")
}

@Test func emptyFile() {
    #expect(parseError("") == "t.yaml:1:1: error: the file is empty")
    #expect(parseError("# just a comment\n\n") == "t.yaml:1:1: error: the file is empty")
}

@Test func unsupportedVersion() {
    #expect(parseError("%YAML 2.0\n---\na: 1\n") == "t.yaml:1:1: error: found incompatible YAML document")
}

@Test func errorsCarryOneDiagnostic() {
    do {
        _ = try parse("a: [")
        Issue.record("parsed")
    } catch {
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics.first?.severity == .error)
    }
}

@Test func renderedWithSourceLineAndCaret() throws {
    let source = "info:\n  name: a\n  name: b\n"
    let diagnostic = try #require(parseErrorDiagnostic(source))
    #expect(diagnostic.rendered(source: source) == """
        t.yaml:3:3: error: duplicate key 'name' (first at line 2)
          name: b
          ^
        """)
    let tabbed = "a:\n\tb: 1\n"
    let tabError = try #require(parseErrorDiagnostic(tabbed))
    #expect(tabError.rendered(source: tabbed) == """
        t.yaml:2:1: error: while scanning for the next token: found character that cannot start any token (tabs cannot be used for indentation)
         b: 1
        ^
        """)
}

/// Documents of 64 KB and more are read by libyaml on a second thread while this one builds the
/// tree: the result and the errors must be the same as for small documents.
@Suite struct LargeDocumentTests {
    /// `count` entries of about 40 bytes each, then `tail`.
    private func document(entries count: Int, tail: String = "") -> String {
        (0..<count).map { "key\($0): {a: 'text \($0)', b: [1, 2, 3]}\n" }.joined() + tail
    }

    @Test func aLargeDocumentBuildsTheWholeTreeWithItsPlaces() throws {
        let text = "anchor: &x {v: !!str 1}\n" + document(entries: 20_000) + "alias: *x\n"
        #expect(text.utf8.count > YAMLParser.pipelineThreshold * 4)
        let root = try YAMLParser.parse(Array(text.utf8), file: "t.yaml")
        let pairs = try #require(root.pairs)
        #expect(pairs.count == 20_002)
        #expect(pairs[12_346].key.text == "key12345")
        #expect(pairs[12_346].value["a"]?.text == "text 12345")
        #expect(pairs[12_346].value["a"]?.scalar?.style == .singleQuoted)
        #expect(pairs[12_346].value["b"]?.items?.map(\.int) == [1, 2, 3])
        #expect(pairs[12_346].key.location == SourceLocation(file: "t.yaml", line: 12_347, column: 1))
        #expect(pairs[12_346].value["b"]?.location == SourceLocation(file: "t.yaml", line: 12_347, column: 32))
        #expect(pairs.last?.value == pairs.first?.value)
        #expect(pairs.last?.value["v"]?.tag == Tag.str)
    }

    @Test func aSyntaxErrorAtTheEndOfALargeDocumentIsLocated() {
        #expect(parseError(document(entries: 10_000, tail: "a: [1, 2\n"))
            == "t.yaml:10002:1: error: while parsing a flow sequence: did not find expected ',' or ']'")
    }

    @Test func aDuplicateKeyComesBeforeALaterSyntaxError() {
        let text = document(entries: 5_000) + "key17: 1\n" + document(entries: 5_000) + "a: [1, 2\n"
        #expect(parseError(text) == "t.yaml:5001:1: error: duplicate key 'key17' (first at line 18)")
    }
}

/// A long line (a minified document) is shown around the column, cut with `…`, the caret still
/// under the character it points at.
@Test func aLongSourceLineIsShownAroundTheColumn() {
    let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
    let diagnostic = Diagnostic.error("here", at: SourceLocation(file: "t.yaml", line: 1, column: 301))
    let lines = diagnostic.rendered(source: line).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[1] == "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59) + "…")
    #expect(lines[2] == String(repeating: " ", count: 61) + "^")
    // Near the start, only the end is cut.
    let start = Diagnostic.error("here", at: SourceLocation(file: "t.yaml", line: 1, column: 2)).rendered(source: line)
    #expect(start.hasSuffix("\n" + String(repeating: "a", count: 120) + "…\n ^"))
    // A line that fits is shown whole.
    #expect(Diagnostic.error("here", at: SourceLocation(file: "t.yaml", line: 1, column: 3)).rendered(source: "abcd") == "t.yaml:1:3: error: here\nabcd\n  ^")
}
