// Which tags stand alone on their line, taking the line with them (the Mustache spec's standalone
// rule, with the pairs of tags that template inheritance adds).

extension TemplateParser {
    /// When the tag from `start` to `end` is alone on its line but for spaces and tabs: where the
    /// line starts and where the next one starts.
    func standaloneLine(from start: Int, to end: Int) -> (Int, Int)? {
        var lineStart = start
        while lineStart > 0, Self.isBlank(source[lineStart - 1]) { lineStart -= 1 }
        guard lineStart == 0 || source[lineStart - 1] == UInt8(ascii: "\n") else { return nil }
        var lineEnd = end
        while lineEnd < source.count, Self.isBlank(source[lineEnd]) { lineEnd += 1 }
        if lineEnd == source.count { return (lineStart, lineEnd) }
        if source[lineEnd] == UInt8(ascii: "\n") { return (lineStart, lineEnd + 1) }
        if source[lineEnd] == UInt8(ascii: "\r"), lineEnd + 1 < source.count, source[lineEnd + 1] == UInt8(ascii: "\n") { return (lineStart, lineEnd + 2) }
        return nil
    }

    /// When `first` and the tag after it stand alone on their line together: where the line starts,
    /// and where the second tag's line ends (with its line break, but for a block's own pair).
    ///
    /// Text directly inside a parent renders nothing, so these pairs count as one tag:
    /// `{{<parent}}{{/parent}}`, `{{<parent}}{{$block}}` and `{{/block}}{{/parent}}` (spaces between
    /// them allowed). `{{$block}}{{/block}}` alone on its line gives the block its indentation and
    /// keeps the line break: the block's content replaces the tags, not the line.
    func standalonePair(_ first: Tag, in frames: [Frame]) -> (Int, Int)? {
        let closesBlockInParent = first.sigil == UInt8(ascii: "/") && frames.count > 2 && frames[frames.count - 1].isBlock
        guard first.sigil == UInt8(ascii: "<") || first.sigil == UInt8(ascii: "$") || closesBlockInParent else { return nil }
        var secondStart = first.end
        if first.sigil != UInt8(ascii: "$") {
            while secondStart < source.count, Self.isBlank(source[secondStart]) { secondStart += 1 }
        }
        guard source[secondStart...].starts(with: open), let second = try? readTag(at: secondStart) else { return nil }
        let pairs = switch (first.sigil, second.sigil) {
        case (UInt8(ascii: "<"), UInt8(ascii: "/")), (UInt8(ascii: "$"), UInt8(ascii: "/")):
            second.name == first.name
        case (UInt8(ascii: "<"), UInt8(ascii: "$")):
            true
        case (UInt8(ascii: "/"), UInt8(ascii: "/")):
            frames[frames.count - 2].isParent(named: second.name)
        default:
            false
        }
        guard pairs, let (lineStart, lineEnd) = standaloneLine(from: first.start, to: second.end) else { return nil }
        return (lineStart, first.sigil == UInt8(ascii: "$") ? second.end : lineEnd)
    }

    /// The spaces and tabs from `start`.
    func leadingSpaces(from start: Int) -> String {
        var end = start
        while end < source.count, Self.isBlank(source[end]) { end += 1 }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
