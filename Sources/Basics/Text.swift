// Small text operations the modules share, so none of them needs Foundation (which, loaded, costs
// the command-line tool start-up time and memory).

extension StringProtocol {
    /// Every occurrence of `target` replaced with `replacement`, matching UTF-8 bytes (so a `\n`
    /// inside `\r\n` is found, unlike a search by `Character`).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard let first = target.utf8.first, utf8.contains(first) else { return String(self) }
        let text = Array(utf8)
        let needle = Array(target.utf8)
        guard text.count >= needle.count else { return String(self) }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        var copiedUpTo = 0
        while index <= text.count - needle.count {
            if text[index] == first, text[index..<(index + needle.count)].elementsEqual(needle) {
                result += text[copiedUpTo..<index]
                result += replacement.utf8
                index += needle.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        guard copiedUpTo > 0 else { return String(self) }
        result += text[copiedUpTo...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the text contains `target`, comparing UTF-8 bytes.
    public func containsBytes(_ target: String) -> Bool {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return true }
        let text = Array(utf8)
        guard text.count >= needle.count else { return false }
        for index in 0...(text.count - needle.count) where text[index] == first && text[index..<(index + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The text without leading and trailing spaces and tabs, and also line breaks when `newlines`.
    public func trimmed(newlines: Bool = false) -> String {
        let isTrimmed = { (byte: UInt8) in
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || (newlines && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")))
        }
        let bytes = Array(utf8)
        guard let start = bytes.firstIndex(where: { !isTrimmed($0) }), let last = bytes.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(decoding: bytes[start...last], as: UTF8.self)
    }
}
