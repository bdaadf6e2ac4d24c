// Mappings and sequences in block and flow style, key order, and keys that are not plain strings.

import Testing
@testable import YAML

@Test func blockMappingAndSequence() throws {
    let doc = try parse("""
        name: pets
        tags:
          - a
          - b
        nested:
          inner:
            leaf: 1
        """)
    #expect(doc["name"]?.string == "pets")
    #expect(doc["tags"]?.items?.compactMap(\.string) == ["a", "b"])
    #expect(doc["nested"]?["inner"]?["leaf"]?.int == 1)
}

@Test func flowMappingAndSequence() throws {
    let doc = try parse("a: {x: 1, y: [2, 3, {z: four}]}\nb: []\nc: {}\n")
    #expect(doc["a"]?["x"]?.int == 1)
    #expect(doc["a"]?["y"]?.items?.count == 3)
    #expect(doc["a"]?["y"]?.items?[2]["z"]?.string == "four")
    #expect(doc["b"]?.items == [])
    #expect(doc["c"]?.pairs == [])
}

@Test func sequenceOfMappings() throws {
    let doc = try parse("- name: a\n  in: query\n- name: b\n  in: path\n")
    #expect(doc.items?.compactMap { $0["name"]?.string } == ["a", "b"])
    #expect(doc.items?.compactMap { $0["in"]?.string } == ["query", "path"])
}

@Test func keyOrderIsPreserved() throws {
    let doc = try parse("zeta: 1\nalpha: 2\nmu: 3\nbeta: 4\n")
    #expect(doc.pairs?.compactMap(\.key.text) == ["zeta", "alpha", "mu", "beta"])
    let flow = try parse("{z: 1, a: 2, m: 3}")
    #expect(flow.pairs?.compactMap(\.key.text) == ["z", "a", "m"])
}

@Test func integerLookingKeysKeepTheirText() throws {
    let doc = try parse("responses:\n  200:\n    description: ok\n  '404':\n    description: missing\n  default: {}\n")
    let keys = doc["responses"]?.pairs?.map(\.key)
    #expect(keys?.compactMap(\.text) == ["200", "404", "default"])
    #expect(keys?[0].resolved == .int(200))
    #expect(keys?[1].resolved == .string("404"))
    #expect(doc["responses"]?["200"]?["description"]?.string == "ok")
    #expect(doc["responses"]?["404"]?["description"]?.string == "missing")
}

@Test func complexKeysAreAccepted() throws {
    let doc = try parse("? [a, b]\n: pair\n? {k: v}\n: map\n")
    #expect(doc.pairs?.count == 2)
    #expect(doc.pairs?[0].key.items?.compactMap(\.string) == ["a", "b"])
    #expect(doc.pairs?[0].value.string == "pair")
    #expect(doc.pairs?[1].key["k"]?.string == "v")
}

@Test func mergeKeyStaysAnOrdinaryKey() throws {
    let doc = try parse("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n")
    let derived = try #require(doc["derived"])
    #expect(derived.pairs?.compactMap(\.key.text) == ["<<", "y"])
    #expect(derived["x"] == nil)
    #expect(derived["<<"]?["x"]?.int == 1)
}

@Test func emptyValuesAreNullScalars() throws {
    let doc = try parse("a:\nb: ~\nc: null\n")
    #expect(doc["a"]?.isNull == true)
    #expect(doc["a"]?.scalar == Scalar("", style: .plain))
    #expect(doc["b"]?.isNull == true)
    #expect(doc["c"]?.isNull == true)
}

@Test func documentMarkersAroundOneDocument() throws {
    let doc = try parse("%YAML 1.1\n---\na: 1\n...\n")
    #expect(doc["a"]?.int == 1)
}

@Test func windowsLineEndings() throws {
    let doc = try parse("a: 1\r\nb:\r\n  - x\r\n")
    #expect(doc["a"]?.int == 1)
    #expect(doc["b"]?.items?.first?.string == "x")
    #expect(doc["b"]?.items?.first?.location.line == 3)
}
