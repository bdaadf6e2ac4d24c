// Parse limits: depth, node count and size; deep input must fail cleanly, never overflow the stack.

import Testing
@testable import YAML

@Test func deepFlowNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(parseError(deep) == "t.yaml:1:513: error: nesting deeper than 512 levels")
}

@Test func deepNestingWithinTheLimitParses() throws {
    var limits = ParseLimits()
    limits.maxDepth = 20_000
    var node = try parse(String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000), limits: limits)
    var depth = 0
    while let first = node.items?.first {
        node = first
        depth += 1
    }
    #expect(depth == 10_000)
    #expect(node.string == "x")
}

@Test func depthLimitInBlockStyle() {
    var limits = ParseLimits()
    limits.maxDepth = 3
    #expect(parseError("a:\n  b:\n    c: 1\n", limits: limits) == nil)
    #expect(parseError("a:\n  b:\n    c:\n      d: 1\n", limits: limits) == "t.yaml:4:7: error: nesting deeper than 3 levels")
}

@Test func nodeLimit() {
    var limits = ParseLimits()
    limits.maxNodes = 3
    #expect(parseError("[1, 2]", limits: limits) == nil)
    #expect(parseError("[1, 2, 3]", limits: limits) == "t.yaml:1:8: error: document has more than 3 nodes")
}

@Test func byteLimit() {
    var limits = ParseLimits()
    limits.maxBytes = 4
    #expect(parseError("a: 1", limits: limits) == nil)
    #expect(parseError("a: 12345", limits: limits) == "t.yaml:1:1: error: the file is 8 bytes, more than the limit of 4 bytes")
}
