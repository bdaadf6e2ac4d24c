// Strongly connected components of a directed graph, found without recursion, so a chain of any
// length costs heap rather than stack, in time linear in the nodes and edges.

/// The strongly connected component of every node of a graph whose nodes are `0..<successors.count`
/// (Tarjan's algorithm, iterative): two nodes get the same number exactly when each reaches the other.
public func stronglyConnectedComponents(_ successors: [[Int]]) -> [Int] {
    let count = successors.count
    var index = [Int](repeating: -1, count: count)
    var lowLink = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var component = [Int](repeating: -1, count: count)
    var stack: [Int] = []
    var nextIndex = 0
    var nextComponent = 0
    for root in 0..<count where index[root] < 0 {
        // Each frame is a node and the position of the next successor to visit.
        var frames: [(node: Int, next: Int)] = [(root, 0)]
        index[root] = nextIndex
        lowLink[root] = nextIndex
        nextIndex += 1
        stack.append(root)
        onStack[root] = true
        while let frame = frames.last {
            let node = frame.node
            if frame.next < successors[node].count {
                frames[frames.count - 1].next += 1
                let successor = successors[node][frame.next]
                if index[successor] < 0 {
                    index[successor] = nextIndex
                    lowLink[successor] = nextIndex
                    nextIndex += 1
                    stack.append(successor)
                    onStack[successor] = true
                    frames.append((successor, 0))
                } else if onStack[successor] {
                    lowLink[node] = min(lowLink[node], index[successor])
                }
                continue
            }
            frames.removeLast()
            if let parent = frames.last?.node {
                lowLink[parent] = min(lowLink[parent], lowLink[node])
            }
            if lowLink[node] == index[node] {
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = nextComponent
                    if member == node { break }
                }
                nextComponent += 1
            }
        }
    }
    return component
}
