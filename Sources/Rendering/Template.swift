// Rendering: the Mustache engine. Templates are parsed once into a tree of nodes; rendering walks
// the tree over the context types, which answer lookups themselves (`TemplateObject`), and appends
// to one string.
//
// Supported, as the official Mustache spec suite checks (Tests/RenderingTests/MustacheSpecTests):
// variables (`{{name}}`, `{{{name}}}`, `{{&name}}`, dotted names, `{{.}}`), sections and inverted
// sections, comments, partials (a standalone partial indents every line of its template), set
// delimiters, template inheritance (`{{<parent}}` with `{{$block}}` overrides, which are reindented
// to the block they replace) and the `{{% CONTENT_TYPE: TEXT}}` / `HTML` pragma. Not supported:
// lambdas, dynamic partial names and function-style transforms, which are parse errors.

import Diagnostics

/// A parsed template.
public struct Template: Sendable {
    /// The template's nodes, in order.
    let nodes: [TemplateNode]
    /// Every tag, in order, for checks that point at one (`TemplateLint`).
    public let tags: [Tag]

    /// A tag as written: its sigil (`#`, `^`, `/`, `>`, `<`, `$`, `&`, `!`, `%`, `=`, or `nil` for a
    /// variable; a triple mustache counts as `&`), its content after the sigil, and where it starts.
    public struct Tag: Hashable, Sendable {
        public var sigil: Character?
        public var name: String
        public var line: Int
        public var column: Int
    }

    /// Parses `source`; a syntax error is a located error in `<name>.mustache`.
    public init(_ source: String, name: String) throws(DiagnosticError) {
        var parser = TemplateParser(source: Array(source.utf8), file: name + ".mustache")
        nodes = try parser.parse()
        tags = parser.tags
    }
}

/// A node of a parsed template.
enum TemplateNode: Sendable {
    /// Literal text.
    case text(String)
    /// `{{name}}`: the dotted name's parts (empty for `{{.}}`) and whether the value is HTML-escaped.
    case variable([String], escaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section([String], inverted: Bool, [TemplateNode])
    /// `{{>name}}`, with the indentation of a standalone tag.
    case partial(String, indentation: String)
    /// `{{<name}}…{{/name}}`: the parent template rendered with these blocks replaced.
    case parent(String, indentation: String, overrides: [String: TemplateBlock])
    /// `{{$name}}default{{/name}}`.
    case block(String, TemplateBlock)
}

/// A block's content, where it is defined (as a default or an override), and its indentation.
///
/// A block is reindented where it is expanded: the indentation of the block it replaces takes the
/// place of its own on every line. Its indentation is the content's own ("intrinsic": the spaces
/// starting its first line) when its opening tag stands alone on its line; else that of the tag
/// itself when the tag, or the pair of opening and closing tags, stands alone; else none.
struct TemplateBlock: Sendable {
    var nodes: [TemplateNode]
    var indentation: String
}

/// Turns template source into nodes.
struct TemplateParser {
    let source: [UInt8]
    let file: String
    var position = 0
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    /// Whether variables written from here on are HTML-escaped (until a `CONTENT_TYPE` pragma).
    var escapes = true
    /// The tags read so far.
    var tags: [Template.Tag] = []
    /// How far lines have been counted: the offset, its line, and where that line starts.
    private var counted = (offset: 0, line: 1, lineStart: 0)

    init(source: [UInt8], file: String) {
        self.source = source
        self.file = file
    }

    /// An open section, parent or block, or the whole template.
    struct Frame {
        enum Kind {
            case root
            case section([String], inverted: Bool)
            case parent(indentation: String)
            /// The indentation of a standalone opening tag, and the spaces starting the next line.
            case block(indentation: String, intrinsic: String?)
        }
        var kind: Kind
        var name: String
        var offset: Int
        var nodes: [TemplateNode] = []

        func isParent(named parent: String) -> Bool {
            if case .parent = kind { return name == parent }
            return false
        }

        var isBlock: Bool {
            if case .block = kind { return true }
            return false
        }
    }

    mutating func parse() throws(DiagnosticError) -> [TemplateNode] {
        var frames = [Frame(kind: .root, name: "", offset: 0)]
        var textStart = 0
        // Where the line of a standalone pair of tags ends, and its indentation, until its second tag.
        var pair: (end: Int, indentation: String)?
        while let tagStart = find(open, from: position) {
            var tag = try readTag(at: tagStart)
            record(tag)
            // A standalone tag (alone on its line but for spaces) takes its whole line with it.
            var textEnd = tagStart
            var indentation = ""
            var standalone = true
            if let (end, pairIndentation) = pair {
                // The second tag of a pair: anything between the two is spaces in a parent, which render nothing.
                indentation = pairIndentation
                tag.end = end
                pair = nil
            } else if let (lineStart, end) = standalonePair(tag, in: frames) {
                indentation = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                textEnd = lineStart
                pair = (end, indentation)
            } else if tag.canStandAlone, let (lineStart, lineEnd) = standaloneLine(from: tagStart, to: tag.end) {
                indentation = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                textEnd = lineStart
                tag.end = lineEnd
            } else {
                standalone = false
            }
            if textStart < textEnd { frames[frames.count - 1].nodes.append(.text(String(decoding: source[textStart..<textEnd], as: UTF8.self))) }
            position = tag.end
            textStart = tag.end

            switch tag.sigil {
            case UInt8(ascii: "!"):
                break
            case UInt8(ascii: "%"):
                try pragma(tag)
            case UInt8(ascii: "="):
                try setDelimiters(tag)
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                frames.append(Frame(kind: .section(try path(tag), inverted: tag.sigil == UInt8(ascii: "^")), name: tag.name, offset: tagStart))
            case UInt8(ascii: "<"):
                try checkTemplateName(tag)
                frames.append(Frame(kind: .parent(indentation: indentation), name: tag.name, offset: tagStart))
            case UInt8(ascii: "$"):
                try checkTemplateName(tag)
                frames.append(Frame(kind: .block(indentation: indentation, intrinsic: standalone ? leadingSpaces(from: tag.end) : nil), name: tag.name, offset: tagStart))
            case UInt8(ascii: "/"):
                guard frames.count > 1 else {
                    throw error("closing tag '\(tag.name)' has no open section", at: tagStart)
                }
                let frame = frames.removeLast()
                guard frame.name == tag.name else {
                    throw error("closing tag '\(tag.name)' does not match '\(frame.name)', opened at \(location(of: frame.offset))", at: tagStart)
                }
                frames[frames.count - 1].nodes.append(node(closing: frame))
            case UInt8(ascii: ">"):
                try checkTemplateName(tag)
                frames[frames.count - 1].nodes.append(.partial(tag.name, indentation: indentation))
            case UInt8(ascii: "&"), UInt8(ascii: "{"):
                frames[frames.count - 1].nodes.append(.variable(try path(tag), escaped: false))
            default:
                frames[frames.count - 1].nodes.append(.variable(try path(tag), escaped: escapes))
            }
        }
        if textStart < source.count { frames[frames.count - 1].nodes.append(.text(String(decoding: source[textStart...], as: UTF8.self))) }
        if frames.count > 1, let open = frames.last {
            throw error("'\(open.name)' is opened here and never closed", at: open.offset)
        }
        return frames[0].nodes
    }

    /// The node a closed frame becomes.
    private func node(closing frame: Frame) -> TemplateNode {
        switch frame.kind {
        case .root:
            return .text("")
        case .section(let path, let inverted):
            return .section(path, inverted: inverted, frame.nodes)
        case .block(let indentation, let intrinsic):
            let own = frame.nodes.isEmpty ? nil : intrinsic
            return .block(frame.name, TemplateBlock(nodes: frame.nodes, indentation: own ?? indentation))
        case .parent(let indentation):
            // Inside a parent tag only blocks count; other text is ignored.
            var overrides: [String: TemplateBlock] = [:]
            for case .block(let name, let block) in frame.nodes where overrides[name] == nil {
                overrides[name] = block
            }
            return .parent(frame.name, indentation: indentation, overrides: overrides)
        }
    }

    /// Adds a tag to `tags` with its line and column (lines are counted once, front to back).
    private mutating func record(_ tag: Tag) {
        var (offset, line, lineStart) = counted
        while offset < tag.start {
            if source[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        counted = (offset, line, lineStart)
        let column = String(decoding: source[lineStart..<tag.start], as: UTF8.self).count + 1
        let sigil: Character? = switch tag.sigil {
        case 0: nil
        case UInt8(ascii: "{"): "&"
        default: Character(Unicode.Scalar(tag.sigil))
        }
        tags.append(Template.Tag(sigil: sigil, name: tag.name, line: line, column: column))
    }

    struct Tag {
        /// `#`, `^`, `/`, `!`, `>`, `<`, `$`, `=`, `%`, `&`, `{` (triple mustache) or 0 for a variable.
        var sigil: UInt8
        /// The tag's content without sigil and surrounding spaces.
        var name: String
        /// Where the tag starts and where the text after it starts.
        var start: Int
        var end: Int

        var canStandAlone: Bool {
            sigil != 0 && sigil != UInt8(ascii: "&") && sigil != UInt8(ascii: "{")
        }
    }

    func readTag(at start: Int) throws(DiagnosticError) -> Tag {
        var contentStart = start + open.count
        var closing = close
        var sigil: UInt8 = 0
        if contentStart < source.count, open == Array("{{".utf8), source[contentStart] == UInt8(ascii: "{") {
            sigil = UInt8(ascii: "{")
            contentStart += 1
            closing = Array("}}}".utf8)
        }
        guard let contentEnd = find(closing, from: contentStart) else {
            throw error("tag is never closed (expected '\(String(decoding: closing, as: UTF8.self))')", at: start)
        }
        var content = trimmed(contentStart, contentEnd)
        if sigil == 0, let first = content.first, Self.sigils.contains(first) {
            sigil = first
            content = trimmed(content.startIndex + 1, content.endIndex)
        }
        return Tag(sigil: sigil, name: String(decoding: content, as: UTF8.self), start: start, end: contentEnd + closing.count)
    }

    private static let sigils: Set<UInt8> = Set("#^/!><$=%&".utf8)

    /// `source[start..<end]` without leading and trailing spaces, tabs and line breaks.
    private func trimmed(_ start: Int, _ end: Int) -> ArraySlice<UInt8> {
        var start = start
        var end = end
        while start < end, Self.isSpace(source[start]) { start += 1 }
        while end > start, Self.isSpace(source[end - 1]) { end -= 1 }
        return source[start..<end]
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The parts of a key: `a.b` → `["a", "b"]`, `.` → `[]`.
    private func path(_ tag: Tag) throws(DiagnosticError) -> [String] {
        if tag.name == "." { return [] }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false)
        guard !tag.name.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { !Self.isSpace($0) && !Self.forbidden.contains($0) } }) else {
            if tag.name.contains("(") {
                throw error("'\(tag.name)': function-style transforms are not supported; the context values are final text", at: tag.start)
            }
            throw error("'\(tag.name)' is not a key", at: tag.start)
        }
        return parts.map(String.init)
    }

    private static let forbidden: Set<UInt8> = Set("(){}<>*".utf8)

    /// Partial, parent and block names.
    private func checkTemplateName(_ tag: Tag) throws(DiagnosticError) {
        if tag.name.hasPrefix("*") {
            throw error("dynamic names ('\(tag.name)') are not supported", at: tag.start)
        }
        guard !tag.name.isEmpty, !tag.name.utf8.contains(where: Self.isSpace) else {
            throw error("'\(tag.name)' is not a template or block name", at: tag.start)
        }
    }

    private mutating func pragma(_ tag: Tag) throws(DiagnosticError) {
        let parts = tag.name.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE" else { return }  // other pragmas are ignored
        switch parts[1] {
        case "TEXT": escapes = false
        case "HTML": escapes = true
        default: throw error("unknown content type '\(parts[1])' (TEXT or HTML)", at: tag.start)
        }
    }

    private mutating func setDelimiters(_ tag: Tag) throws(DiagnosticError) {
        var name = tag.name
        guard name.hasSuffix("=") else { throw error("a delimiter tag ends with '=', as in {{=<% %>=}}", at: tag.start) }
        name.removeLast()
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error("a delimiter tag names two delimiters separated by a space, as in {{=<% %>=}}", at: tag.start)
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, source.count >= needle.count else { return nil }
        var index = start
        let last = source.count - needle.count
        while index <= last {
            if source[index] == first {
                var matches = true
                for offset in 1..<needle.count where source[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }

    private func location(of offset: Int) -> String {
        let (line, column) = lineAndColumn(of: offset)
        return "\(line):\(column)"
    }

    private func lineAndColumn(of offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, source.count) where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Columns count characters, not bytes.
        let column = String(decoding: source[lineStart..<min(offset, source.count)], as: UTF8.self).count + 1
        return (line, column)
    }

    private func error(_ message: String, at offset: Int) -> DiagnosticError {
        let (line, column) = lineAndColumn(of: offset)
        return DiagnosticError([.error("template does not parse: " + message, at: SourceLocation(file: file, line: line, column: column))])
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
