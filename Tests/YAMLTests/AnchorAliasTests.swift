// Aliases are expanded by copying the anchored node; a node budget stops "billion laughs" documents.

import Testing
@testable import YAML

@Test func aliasReusesAnchoredValue() throws {
    let doc = try parse("""
        defaults: &defaults
          type: string
          format: uuid
        id: *defaults
        name: &n plain
        again: *n
        """)
    #expect(doc["id"] == doc["defaults"])
    #expect(doc["id"]?["format"]?.string == "uuid")
    #expect(doc["again"]?.string == "plain")
    // The copy points at the definition (a node with an anchor starts at the anchor).
    #expect(doc["id"]?.location.description == "t.yaml:1:11")
    #expect(doc["again"]?.location.description == "t.yaml:5:7")
}

@Test func anchorCanBeRedefined() throws {
    let doc = try parse("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
    #expect(doc["b"]?.int == 1)
    #expect(doc["d"]?.int == 2)
}

@Test func aliasAsKey() throws {
    let doc = try parse("k: &k name\n*k : value\n")
    #expect(doc["name"]?.string == "value")
}

@Test func undefinedAliasIsLocated() {
    // libyaml's event parser does not check aliases (only its document loader does).
    #expect(parseError("a: 1\nb: *nope\n") == "t.yaml:2:4: error: undefined alias '*nope'")
}

@Test func recursiveAliasIsRejected() {
    #expect(parseError("a: &x\n  - *x\n")
        == "t.yaml:2:5: error: alias '*x' refers to a node that contains it (recursive aliases are not supported)")
}

/// Each level holds nine aliases of the one before, so the full expansion would be 9^9 strings; the
/// budget is checked before each copy, so parsing does at most `maxNodes` worth of counting.
private let billionLaughs = """
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """

@Test func aliasBombFailsAtTheAliasThatExceedsTheBudget() {
    // Aliases add 90 + 819 + 7,380 + 66,429 = 74,718 nodes through `e`'s sequence (a `*a` is 10
    // nodes, `*b` 91, `*c` 820, `*d` 7,381, `*e` 66,430); the third `*e` in `f` (column 8 + 2 × 3
    // = 14) would bring them to 274,008, past 250,000.
    #expect(parseError(billionLaughs) == "t.yaml:6:14: error: alias expansion exceeds 250000 nodes")
}

@Test func aliasBudgetFollowsTheLimit() {
    var limits = ParseLimits()
    limits.maxAliasNodes = 85
    // Each `*a` adds 10 nodes, so the ninth (column 8 + 8 * 3 = 32) would reach 90.
    #expect(parseError(billionLaughs, limits: limits) == "t.yaml:2:32: error: alias expansion exceeds 85 nodes")
}

@Test func aliasesCountTowardsTheNodeLimit() {
    var limits = ParseLimits()
    limits.maxNodes = 100
    // 1 + 1 + 10 = 12 nodes after `a`; `b` and its sequence make 14; each `*a` adds 10, so the
    // ninth (column 32) would reach 104.
    #expect(parseError(billionLaughs, limits: limits) == "t.yaml:2:32: error: document has more than 100 nodes")
}
