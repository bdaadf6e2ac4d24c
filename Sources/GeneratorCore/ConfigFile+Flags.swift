// Settings given on the command line, checked by the rules of `ConfigFile.keys`, the same ones the
// configuration file's values follow.

import Diagnostics

extension ConfigFile {
    /// The settings of command-line flags.
    ///
    /// - Parameter flags: the values of each setting's flag, by the setting's name in `keys`; a
    ///   single-value setting takes its last value, a map setting takes `key=value` entries.
    /// - Throws: `DiagnosticError` with an error (no location) for every value that breaks its
    ///   setting's rule, named by its flag (`--access must be public, package or internal, not 'open'`).
    public init(flags: [(key: String, values: [String])]) throws(DiagnosticError) {
        self.init()
        var problems: [Diagnostic] = []
        func check(_ value: String, _ rule: Rule, _ subject: String) -> String? {
            if rule.accepts(value) { return value }
            problems.append(.error(Self.mistake(subject, mustBe: rule.requirement, found: Self.quoted(value)), at: nil))
            return nil
        }
        for (name, values) in flags {
            guard let key = Self.keys.first(where: { $0.name == name }) else { preconditionFailure("no setting named \(name) in ConfigFile.keys") }
            switch key.field {
            case .text(let field):
                if let value = values.last, let text = check(value, key.rule, key.flagName) { self[keyPath: field] = text }
            case .number(let field):
                if let value = values.last, let text = check(value, key.rule, key.flagName) { self[keyPath: field] = Int(text) }
            case .flag(let field):
                if let value = values.last, let text = check(value, key.rule, key.flagName) { self[keyPath: field] = text == "true" }
            case .list(let field):
                self[keyPath: field] = values.compactMap { check($0, key.rule, key.flagName) }
            case .map(let field):
                for value in values {
                    guard let pair = FlagPair.parse(value) else {
                        problems.append(.error(Self.mistake(key.flagName, mustBe: "a key=value pair", found: Self.quoted(value)), at: nil))
                        continue
                    }
                    if let text = check(pair.value, key.rule, key.flagName + " " + pair.key) { self[keyPath: field][pair.key] = text }
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }
}
