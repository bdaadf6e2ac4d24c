// Turns the flat stream of parse events into a `Node` tree with an explicit stack of open
// collections, so nesting depth costs heap, never call stack. It knows nothing about libyaml: the
// parser feeds it plain Swift values, which keeps the C interop in one file.

import Diagnostics

/// Builds one document's tree from events, enforcing the parse limits as it goes.
struct TreeBuilder {
    /// A mapping or sequence whose end event has not arrived yet.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        /// `nodeCount` before this collection started, to size its subtree for aliases.
        var nodeCountAtStart: Int
        var items: [Node] = []
        var pairs: [Pair] = []
        /// A mapping's key waiting for its value.
        var pendingKey: Node?
        /// Where each scalar key was first seen, filled only once the mapping is large enough that
        /// scanning `pairs` would cost more than hashing.
        var keyIndex: [String: SourceLocation]?
    }

    /// An anchored node and how many nodes a copy of it adds.
    private struct Anchored {
        var node: Node
        var size: Int
    }

    /// Mappings up to this size check duplicate keys by scanning; most OpenAPI mappings are small.
    private static let linearKeyScanLimit = 16

    private let limits: ParseLimits
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    /// Nodes in the tree so far, counting every copy an alias makes.
    private var nodeCount = 0
    /// Nodes that aliases added so far.
    private var aliasNodeCount = 0

    /// The finished document, once its outermost node has ended.
    private(set) var root: Node?

    init(limits: ParseLimits) {
        self.limits = limits
    }

    mutating func scalar(_ value: String, style: Scalar.Style, tag: String?, anchor: String?, at location: SourceLocation) throws(DiagnosticError) {
        try count(1, at: location)
        let node = Node(.scalar(Scalar(value, style: style)), location: location, tag: tag)
        if let anchor { anchors[anchor] = Anchored(node: node, size: 1) }
        try attach(node)
    }

    mutating func startCollection(isMapping: Bool, tag: String?, anchor: String?, at location: SourceLocation) throws(DiagnosticError) {
        guard stack.count < limits.maxDepth else {
            throw Self.error(limits.message("nesting deeper than \(limits.maxDepth) levels", .depth), at: location)
        }
        try count(1, at: location)
        stack.append(Frame(isMapping: isMapping, location: location, tag: tag, anchor: anchor, nodeCountAtStart: nodeCount - 1))
    }

    mutating func endCollection() throws(DiagnosticError) {
        let frame = stack.removeLast()
        let kind: Node.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = Node(kind, location: frame.location, tag: frame.tag)
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, size: nodeCount - frame.nodeCountAtStart)
        }
        try attach(node)
    }

    mutating func alias(_ name: String, at location: SourceLocation) throws(DiagnosticError) {
        guard let anchored = anchors[name] else {
            // An anchor on a collection that is still open would make the tree infinite.
            if stack.contains(where: { $0.anchor == name }) {
                throw Self.error("alias '*\(name)' refers to a node that contains it (recursive aliases are not supported)", at: location)
            }
            throw Self.error("undefined alias '*\(name)'", at: location)
        }
        guard anchored.size <= limits.maxAliasNodes - aliasNodeCount else {
            throw Self.error(limits.message("alias expansion exceeds \(limits.maxAliasNodes) nodes", .aliasNodes), at: location)
        }
        guard anchored.size <= limits.maxNodes - nodeCount else {
            throw Self.error(limits.message("document has more than \(limits.maxNodes) nodes", .nodes), at: location)
        }
        aliasNodeCount += anchored.size
        nodeCount += anchored.size
        // The copy keeps the anchored node's location: later errors point at the definition.
        try attach(anchored.node)
    }

    private mutating func count(_ added: Int, at location: SourceLocation) throws(DiagnosticError) {
        guard nodeCount < limits.maxNodes else {
            throw Self.error(limits.message("document has more than \(limits.maxNodes) nodes", .nodes), at: location)
        }
        nodeCount += added
    }

    /// Takes `node` and the pending key by move: a copy would retain and release their strings and
    /// arrays once more for every node of the document.
    private mutating func attach(_ node: consuming Node) throws(DiagnosticError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey.take() {
            stack[top].pairs.append(Pair(key: key, value: node))
        } else {
            try checkDuplicate(key: node, in: top)
            stack[top].pendingKey = node
        }
    }

    /// Duplicate keys are an error rather than last-one-wins, because silently dropping part of a
    /// spec hides mistakes. Only scalar keys are compared; `<<` merge keys are deliberately kept as
    /// ordinary keys (no merging), so two of them in one mapping are duplicates too.
    private mutating func checkDuplicate(key: Node, in top: Int) throws(DiagnosticError) {
        guard case .scalar(let scalar) = key.kind else { return }
        let text = scalar.value
        var first: SourceLocation?
        if stack[top].keyIndex == nil, stack[top].pairs.count >= Self.linearKeyScanLimit {
            var index: [String: SourceLocation] = [:]
            for pair in stack[top].pairs {
                if case .scalar(let existing) = pair.key.kind, index[existing.value] == nil {
                    index[existing.value] = pair.key.location
                }
            }
            stack[top].keyIndex = index
        }
        if stack[top].keyIndex != nil {
            first = stack[top].keyIndex![text]
            if first == nil { stack[top].keyIndex![text] = key.location }
        } else {
            for pair in stack[top].pairs {
                if case .scalar(let existing) = pair.key.kind, existing.value == text {
                    first = pair.key.location
                    break
                }
            }
        }
        if let first {
            throw Self.error("duplicate key '\(text)' (first at line \(first.line))", at: key.location)
        }
    }

    static func error(_ message: String, at location: SourceLocation) -> DiagnosticError {
        DiagnosticError([.error(message, at: location)])
    }
}
