// What each setting's values must be, and the one shape of every message about a value that is not:
// `<subject> must be <requirement>, not <what was found>`, where the subject is `--access` on the
// command line and `'access'` in the file.

extension ConfigFile {
    /// What a value of a setting must be.
    public enum Rule: Sendable, Equatable {
        /// A non-empty path; in the configuration file, relative to the file's folder.
        case path
        /// A non-empty string.
        case text
        /// One of these words.
        case oneOf([String])
        /// A whole number in this range.
        case wholeNumber(ClosedRange<Int>)
        /// A plain Swift identifier.
        case identifier
        /// A Swift identifier starting with an uppercase letter.
        case typeName
        /// `true` or `false`.
        case boolean
        /// `false`, or one name for each field, joined by `,` (`pageCursor,next,data`); in the file,
        /// also a mapping of the fields to names.
        case fields([String])

        /// Whether `text` follows the rule.
        public func accepts(_ text: String) -> Bool {
            switch self {
            case .path, .text: !text.isEmpty
            case .oneOf(let words): words.contains(text)
            case .wholeNumber(let range): Int(text).map(range.contains) ?? false
            case .boolean: text == "true" || text == "false"
            case .identifier: ConfigFile.isIdentifier(text)
            case .typeName: ConfigFile.isIdentifier(text) && text.first?.isUppercase == true
            case .fields(let names):
                text == "false" || text.split(separator: ",", omittingEmptySubsequences: false).map { $0.isEmpty } == names.map { _ in false }
            }
        }

        /// What a value must be, as messages say it.
        public var requirement: String {
            switch self {
            case .path, .text: "a non-empty string"
            case .oneOf(let words): proseList(words)
            case .wholeNumber(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
            case .boolean: "true or false"
            case .identifier: "a Swift identifier"
            case .typeName: "a type name starting with an uppercase letter"
            case .fields(let names): "false or the names " + names.joined(separator: ",")
            }
        }

        /// The README's description of the value.
        var valueDescription: String {
            switch self {
            case .oneOf(let words): proseList(words.map { "`\($0)`" })
            case .wholeNumber(let range): "\(range.lowerBound) to \(range.upperBound)"
            case .identifier, .typeName: "Swift identifier"
            case .path: "path"
            case .boolean: "`true` or `false`"
            case .text: "string"
            case .fields(let names): "`false` or `" + names.joined(separator: ",") + "`"
            }
        }

        /// Whether the value is one of a few listed choices (which the help then lists).
        var listsValues: Bool {
            switch self {
            case .oneOf, .wholeNumber: true
            default: false
            }
        }
    }

    /// The message about a value that does not follow its setting's rule.
    ///
    /// - Parameters:
    ///   - subject: the setting as the user wrote it (`--access`, `'access'`, `'names.schemas.Pet'`).
    ///   - requirement: what the value must be.
    ///   - found: the value, quoted, or the kind of what was found (`a mapping`).
    static func mistake(_ subject: String, mustBe requirement: String, found: String) -> String {
        "\(subject) must be \(requirement), not \(found)"
    }

    /// A value quoted as messages show it.
    static func quoted(_ text: String) -> String {
        "'\(text)'"
    }
}

/// Words as a sentence lists them: `a, b or c`.
func proseList(_ words: [String], _ conjunction: String = "or") -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
}
