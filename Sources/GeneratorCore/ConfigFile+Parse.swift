// Reading the configuration file with the project's own YAML layer: every key of `ConfigFile.keys`
// read by its shape and checked by its rule, every mistake a located error.

import Basics
import Diagnostics
import YAML

extension ConfigFile {
    /// Reads a configuration file. Unknown keys and values of the wrong kind are errors located in
    /// the file; an unknown key close to a known one gets a "did you mean".
    public static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> ConfigFile {
        // A file with nothing but comments sets nothing.
        let text = String(decoding: bytes, as: UTF8.self)
        if text.split(separator: "\n").allSatisfy({ $0.allSatisfy(\.isWhitespace) || $0.drop { $0 == " " }.hasPrefix("#") }) {
            return ConfigFile()
        }
        let root = try YAMLParser.parse(bytes, file: file)
        var reader = Reader()
        let config = reader.read(root)
        guard reader.errors.isEmpty else { throw DiagnosticError(reader.errors) }
        return config
    }

    private struct Reader {
        var errors: [Diagnostic] = []

        mutating func read(_ root: Node) -> ConfigFile {
            var config = ConfigFile()
            if root.isNull { return config }
            guard let pairs = mapping(root, "the configuration") else { return config }
            // Top-level names in table order; `filter.tags` makes `filter` a section.
            var topLevel: [String] = []
            for key in ConfigFile.keys {
                let name = String(key.name.prefix { $0 != "." })
                if !topLevel.contains(name) { topLevel.append(name) }
            }
            for pair in pairs {
                guard let name = pair.key.string else {
                    fail("a configuration key must be a string", at: pair.key)
                    continue
                }
                if let key = ConfigFile.keys.first(where: { $0.name == name }) {
                    read(key, pair.value, into: &config)
                } else if topLevel.contains(name) {
                    let inSection = ConfigFile.keys.filter { $0.name.hasPrefix(name + ".") }
                    for entry in mapping(pair.value, ConfigFile.quoted(name)) ?? [] {
                        if let key = inSection.first(where: { $0.name == name + "." + (entry.key.string ?? "") }) {
                            read(key, entry.value, into: &config)
                        } else {
                            unknown(entry.key, in: name, known: inSection.map { String($0.name.dropFirst(name.count + 1)) })
                        }
                    }
                } else {
                    unknown(pair.key, in: nil, known: topLevel)
                }
            }
            return config
        }

        /// Reads one setting's value by its shape and checks it by its rule.
        mutating func read(_ key: ConfigFile.Key, _ node: Node, into config: inout ConfigFile) {
            let subject = ConfigFile.quoted(key.name)
            switch key.field {
            case .text(let field):
                config[keyPath: field] = value(node, key.rule, subject)
            case .number(let field):
                config[keyPath: field] = value(node, key.rule, subject).flatMap { Int($0) }
            case .flag(let field):
                config[keyPath: field] = value(node, key.rule, subject).map { $0 == "true" }
            case .list(let field):
                guard let items = node.items else {
                    fail(ConfigFile.mistake(subject, mustBe: "a list of strings", found: node.kindDescription), at: node)
                    return
                }
                config[keyPath: field] = items.compactMap { value($0, key.rule, subject) }
            case .map(let field):
                var result: [String: String] = [:]
                for pair in mapping(node, subject) ?? [] {
                    guard let name = pair.key.text else { continue }
                    let entrySubject = ConfigFile.quoted(key.name + "." + name)
                    let entry = if case .fields(let fields) = key.rule, pair.value.pairs != nil {
                        record(pair.value, fields, key.name + "." + name)
                    } else {
                        value(pair.value, key.rule, entrySubject)
                    }
                    if let entry { result[name] = entry }
                }
                config[keyPath: field] = result
            }
        }

        /// A scalar's text when it follows `rule`.
        mutating func value(_ node: Node, _ rule: ConfigFile.Rule, _ subject: String) -> String? {
            guard node.scalar != nil, !node.isNull, let text = node.text else {
                fail(ConfigFile.mistake(subject, mustBe: rule.requirement, found: node.kindDescription), at: node)
                return nil
            }
            guard rule.accepts(text) else {
                fail(ConfigFile.mistake(subject, mustBe: rule.requirement, found: ConfigFile.quoted(text)), at: node)
                return nil
            }
            return text
        }

        /// A mapping of every one of `fields` to a name, as the flag's text (`pageCursor,next,data`).
        mutating func record(_ node: Node, _ fields: [String], _ name: String) -> String? {
            var names: [String: String] = [:]
            var failed = false
            for pair in node.pairs ?? [] {
                guard let field = pair.key.text, fields.contains(field) else {
                    unknown(pair.key, in: name, known: fields)
                    failed = true
                    continue
                }
                let subject = ConfigFile.quoted(name + "." + field)
                guard pair.value.scalar != nil, !pair.value.isNull, let text = pair.value.text, !text.isEmpty, !text.contains(",") else {
                    fail(ConfigFile.mistake(subject, mustBe: "a name without ','", found: pair.value.text.map(ConfigFile.quoted) ?? pair.value.kindDescription), at: pair.value)
                    failed = true
                    continue
                }
                names[field] = text
            }
            let missing = fields.filter { names[$0] == nil }
            guard missing.isEmpty, !failed else {
                if !failed {
                    fail("\(ConfigFile.quoted(name)) must name \(proseList(fields, "and")) (missing: \(missing.joined(separator: ", ")))", at: node)
                }
                return nil
            }
            return fields.compactMap { names[$0] }.joined(separator: ",")
        }

        mutating func fail(_ message: String, at node: Node) {
            errors.append(.error(message, at: node.location))
        }

        mutating func unknown(_ key: Node, in section: String?, known: [String]) {
            let name = key.text ?? key.kindDescription
            var message = section.map { "unknown key '\(name)' in '\($0)'" } ?? "unknown configuration key '\(name)'"
            if let suggestion = NameSuggestion.closest(to: name, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += " (known keys: " + known.joined(separator: ", ") + ")"
            }
            fail(message, at: key)
        }

        mutating func mapping(_ node: Node, _ what: String) -> [Pair]? {
            guard let pairs = node.pairs else {
                fail(ConfigFile.mistake(what, mustBe: "a mapping", found: node.kindDescription), at: node)
                return nil
            }
            return pairs
        }
    }
}
