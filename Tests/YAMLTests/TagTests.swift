// Explicit tags are stored in full form; the non-specific `!` and implicit tags are not stored.

import Testing
@testable import YAML

@Test func standardTagsAreExpanded() throws {
    let doc = try parse("""
        bin: !!binary |
          aGVsbG8=
        str: !!str 12
        int: !!int "12"
        map: !!map {a: 1}
        seq: !!seq [1]
        plain: 12
        quoted: "12"
        """)
    #expect(doc["bin"]?.tag == Tag.binary)
    #expect(doc["bin"]?.string == "aGVsbG8=\n")
    #expect(doc["str"]?.tag == Tag.str)
    #expect(doc["int"]?.tag == Tag.int)
    #expect(doc["int"]?.int == 12)
    #expect(doc["map"]?.tag == Tag.map)
    #expect(doc["seq"]?.tag == Tag.seq)
    #expect(doc["plain"]?.tag == nil)
    #expect(doc["quoted"]?.tag == nil)
}

@Test func nonSpecificTagIsNotStored() throws {
    let doc = try parse("a: ! 12\nb: ! {x: 1}\n")
    #expect(doc["a"]?.tag == nil)
    #expect(doc["b"]?.tag == nil)
}

@Test func localAndVerbatimTags() throws {
    let doc = try parse("a: !custom x\nb: !<tag:example.com,2024:thing> y\n")
    #expect(doc["a"]?.tag == "!custom")
    #expect(doc["b"]?.tag == "tag:example.com,2024:thing")
}

@Test func tagDirectiveHandles() throws {
    let doc = try parse("%TAG !e! tag:example.com,2024:\n---\na: !e!widget x\n")
    #expect(doc["a"]?.tag == "tag:example.com,2024:widget")
}
