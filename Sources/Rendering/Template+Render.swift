import Basics
import Diagnostics

/// One rendering of a template over a context.
struct TemplateRendering {
    /// Every template, by name, for partials and parents.
    let templates: [String: Template]
    /// The objects in scope, innermost last.
    private var stack: [TemplateValue]
    /// Block name → the block that replaces it (the outermost override wins).
    private var overrides: [String: TemplateBlock] = [:]
    /// How many partials and parents deep the rendering is.
    private var depth = 0
    var output = ""

    /// The reindentations in force, innermost last (see `TemplateRendering+Indentation.swift`).
    var indents: [Reindentation] = []
    /// At the start of a template line: the first of `indents` that has yet to indent it.
    var lineStart: Int?
    /// The spaces that start the current template line, held until the line shows what follows them.
    var leading = ""

    /// Whether a section over a long list may be cut into runs rendered on all cores (only the
    /// outermost such section is; the runs render their own lists in one pass).
    var splitsLongLists = false
    /// Lists at least this long are cut into runs.
    static let parallelListLength = 64

    /// Deeper than this, templates that include each other are taken for endless recursion.
    var depthLimit = Template.defaultIncludeDepthLimit

    init(templates: [String: Template], context: TemplateValue) {
        self.templates = templates
        self.stack = [context]
    }

    mutating func render(_ nodes: [TemplateNode]) throws(DiagnosticError) {
        for node in nodes {
            switch node {
            case .text(let text):
                if indents.isEmpty { output += text } else { writeIndented(text) }
            case .variable(let path, let escaped):
                guard let value = lookup(path) else { continue }
                switch value {
                case .text(let text): write(value: escaped ? Self.escapeHTML(text) : text)
                case .flag(let flag): write(value: flag ? "true" : "false")
                case .list, .object: break
                }
            case .section(let path, let inverted, let nodes):
                let value = lookup(path)
                if inverted {
                    if Self.isFalsey(value) { try render(nodes) }
                    continue
                }
                switch value {
                case nil, .flag(false)?:
                    break
                case .flag(true)?:
                    try render(nodes)
                case .list(let list)?:
                    if splitsLongLists, indents.isEmpty, list.count >= Self.parallelListLength {
                        try renderInParallel(nodes, over: list)
                        continue
                    }
                    for index in 0..<list.count {
                        stack.append(list.element(at: index))
                        try render(nodes)
                        stack.removeLast()
                    }
                case .text?, .object?:
                    stack.append(value!)
                    try render(nodes)
                    stack.removeLast()
                }
            case .block(let name, let block):
                let content = overrides[name] ?? block
                try render(content.nodes, reindented: Reindentation(removing: content.indentation, adding: block.indentation))
            case .partial(let name, let indentation):
                try include(name, indentation: indentation, overrides: [:])
            case .parent(let name, let indentation, let blocks):
                try include(name, indentation: indentation, overrides: blocks)
            }
        }
    }

    /// Renders a section over a long list on all cores: runs of elements into their own slots, joined
    /// in order, so the text is the same as one pass gives. Rendering has no side effects, so each
    /// run needs only its own copy of the scope.
    private mutating func renderInParallel(_ nodes: [TemplateNode], over list: any TemplateList) throws(DiagnosticError) {
        let runs = min(8, list.count)
        var worker = self
        worker.output = ""
        worker.splitsLongLists = false
        nonisolated(unsafe) let template = worker
        nonisolated(unsafe) let elements = list
        let texts = concurrentResults(runs) { run in
            Result { () throws(DiagnosticError) -> String in
                var rendering = template
                for index in (run * elements.count / runs)..<((run + 1) * elements.count / runs) {
                    rendering.stack.append(elements.element(at: index))
                    try rendering.render(nodes)
                    rendering.stack.removeLast()
                }
                return rendering.output
            }
        }
        for text in texts {
            output += try text.get()
        }
    }

    /// Renders the template `name` in the current scope; `blocks` replace its blocks unless an
    /// enclosing parent already replaced them.
    private mutating func include(_ name: String, indentation: String, overrides blocks: [String: TemplateBlock]) throws(DiagnosticError) {
        guard let template = templates[name] else { return }
        guard depth < depthLimit else {
            throw DiagnosticError([.error("templates include each other more than \(depthLimit) levels deep (at '\(name)')", at: nil)])
        }
        let savedOverrides = overrides
        for (block, content) in blocks where overrides[block] == nil {
            overrides[block] = content
        }
        depth += 1
        defer {
            depth -= 1
            overrides = savedOverrides
        }
        // A standalone partial or parent indents every line of its template.
        try render(template.nodes, reindented: Reindentation(removing: "", adding: indentation))
    }

    /// Renders `nodes` with their template lines reindented.
    private mutating func render(_ nodes: [TemplateNode], reindented reindentation: Reindentation) throws(DiagnosticError) {
        guard reindentation.removing != reindentation.adding else {
            try render(nodes)
            return
        }
        begin(reindentation)
        defer { end() }
        try render(nodes)
    }

    /// The value of a dotted name: its first part is looked up from the innermost scope outwards,
    /// the others in the value found.
    private func lookup(_ path: [String]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var found: TemplateValue?
        for scope in stack.reversed() {
            if case .object(let object) = scope, let value = object.value(forKey: first) {
                found = value
                break
            }
        }
        for key in path.dropFirst() {
            guard case .object(let object)? = found else { return nil }
            found = object.value(forKey: key)
        }
        return found
    }

    private static func isFalsey(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false)?: return true
        case .list(let list)?: return list.count == 0
        case .flag(true)?, .text?, .object?: return false
        }
    }

    static func escapeHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

extension Template {
    /// How deep templates may include each other unless the caller says otherwise.
    public static let defaultIncludeDepthLimit = 100

    /// Renders the template over `context`; `templates` are its partials and parents, by name.
    ///
    /// With `parallel`, the outermost section over a long list renders its elements on all cores
    /// (the text is the same).
    public func render(
        _ context: TemplateValue, templates: [String: Template] = [:], parallel: Bool = false,
        includeDepthLimit: Int = Template.defaultIncludeDepthLimit
    ) throws(DiagnosticError) -> String {
        var rendering = TemplateRendering(templates: templates, context: context)
        rendering.splitsLongLists = parallel
        rendering.depthLimit = includeDepthLimit
        try rendering.render(nodes)
        return rendering.output
    }
}
