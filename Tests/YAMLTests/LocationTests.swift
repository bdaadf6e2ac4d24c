// Node locations: 1-based line and column (in Unicode scalars) where each node starts.

import Diagnostics
import Testing
@testable import YAML

private func at(_ line: Int, _ column: Int) -> Diagnostics.SourceLocation {
    Diagnostics.SourceLocation(file: "t.yaml", line: line, column: column)
}

@Test func nestedBlockAndFlowLocations() throws {
    let doc = try parse("""
        root:
          list:
            - name: x
              deep: {k: [1, 2]}
        """)
    #expect(doc.location == at(1, 1))
    #expect(doc.pairs?[0].key.location == at(1, 1))
    let root = try #require(doc["root"])
    #expect(root.location == at(2, 3))
    let list = try #require(root["list"])
    #expect(list.location == at(3, 5))
    let item = try #require(list.items?.first)
    #expect(item.location == at(3, 7))
    #expect(item.pairs?[0].key.location == at(3, 7))
    #expect(item["name"]?.location == at(3, 13))
    #expect(item.pairs?[1].key.location == at(4, 7))
    let deep = try #require(item["deep"])
    #expect(deep.location == at(4, 13))
    #expect(deep.pairs?[0].key.location == at(4, 14))
    #expect(deep["k"]?.location == at(4, 17))
    #expect(deep["k"]?.items?.map(\.location) == [at(4, 18), at(4, 21)])
}

@Test func quotedAndBlockScalarsStartAtTheirIndicator() throws {
    let doc = try parse("a: 'x'\nb: \"y\"\nc: |\n  z\nd: >-\n  w\n")
    #expect(doc["a"]?.location == at(1, 4))
    #expect(doc["b"]?.location == at(2, 4))
    #expect(doc["c"]?.location == at(3, 4))
    #expect(doc["d"]?.location == at(5, 4))
}

@Test func columnsCountCharactersNotBytes() throws {
    let doc = try parse("é: ü\n\"😀日本\": x\n")
    #expect(doc["é"]?.location == at(1, 4))
    #expect(doc["😀日本"]?.location == at(2, 8))
}

@Test func byteOrderMarkIsSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("openapi: 3.0.0\ninfo:\n  title: T\n".utf8)
    let doc = try YAMLParser.parse(bytes, file: "bom.yaml")
    #expect(doc["openapi"]?.string == "3.0.0")
    #expect(doc.pairs?.first?.key.text == "openapi")
    #expect(doc.pairs?.first?.key.location == Diagnostics.SourceLocation(file: "bom.yaml", line: 1, column: 1))
    #expect(doc["openapi"]?.location == Diagnostics.SourceLocation(file: "bom.yaml", line: 1, column: 10))
    #expect(doc["info"]?["title"]?.location == Diagnostics.SourceLocation(file: "bom.yaml", line: 3, column: 10))
}

@Test func fileNameIsUsedAsGiven() throws {
    let doc = try YAMLParser.parse(Array("a: 1".utf8), file: "specs/api.yaml")
    #expect(doc["a"]?.location.description == "specs/api.yaml:1:4")
}

@Test func taggedOrAnchoredNodesStartAtTheirProperties() throws {
    let doc = try parse("a: !!str 12\nb: &x\n  - 1\n")
    #expect(doc["a"]?.location == at(1, 4))
    #expect(doc["b"]?.location == at(2, 4))
    #expect(doc["b"]?.items?.first?.location == at(3, 5))
}
