// JSON documents go through the same parser (JSON is YAML flow style, nearly).

import Testing
@testable import YAML

@Test func jsonDocument() throws {
    let json = """
        {
        \t"name": "caf\\u00e9 \\"q\\" \\\\ \\/ \\n",
        \t"nested": {"a": {"b": [1, 2.5, -3e2, 0, true, false, null]}},
        \t"empty": {},
        \t"list": [],
        \t"compact":{"k":"v","n":-1},
        \t"200": {"description": "ok"}
        }
        """
    let doc = try parse(json)
    #expect(doc.pairs?.compactMap(\.key.text) == ["name", "nested", "empty", "list", "compact", "200"])
    #expect(doc["name"]?.string == "café \"q\" \\ / \n")
    let values = try #require(doc["nested"]?["a"]?["b"]?.items)
    #expect(values.map(\.resolved) == [.int(1), .float(2.5), .float(-300), .int(0), .bool(true), .bool(false), .null])
    #expect(doc["empty"]?.pairs == [])
    #expect(doc["list"]?.items == [])
    #expect(doc["compact"]?["k"]?.string == "v")
    #expect(doc["compact"]?["n"]?.int == -1)
    #expect(doc["200"]?["description"]?.string == "ok")
    // Tabs count as one column each.
    #expect(doc["nested"]?.location.line == 3)
    #expect(doc["nested"]?.location.column == 12)
}

@Test func jsonWithoutTrailingNewlineOnOneLine() throws {
    let doc = try parse(#"{"a":[{"b":null}],"c":"\t"}"#)
    #expect(doc["a"]?.items?.first?["b"]?.isNull == true)
    #expect(doc["c"]?.string == "\t")
}

@Test func jsonDuplicateKeyIsAnError() {
    #expect(parseError("{\n  \"a\": 1,\n  \"a\": 2\n}") == "t.yaml:3:3: error: duplicate key 'a' (first at line 2)")
}

@Test func jsonTopLevelArray() throws {
    #expect(try parse("[1, \"two\", {\"three\": 3}]").items?.count == 3)
}
