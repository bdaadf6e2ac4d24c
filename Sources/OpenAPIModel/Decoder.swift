// Field access with located type errors. The decoder keeps going after a problem so one run
// reports every error in the document; the caller throws them all at the end.

import Diagnostics
import YAML

/// Shared state of one `Document.decode` run.
final class NodeDecoder {
    let file: String
    var isVersion31 = false
    /// Errors and warnings found so far (sorted by location before they are reported).
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    /// Every parsed local component reference with the kind its position requires.
    var references: [(reference: Reference, expected: ComponentKind)] = []
    /// First location of each operationId.
    var operationIds: [String: SourceLocation] = [:]
    /// Files referenced by `$ref`s, when the document is loaded with a reader.
    let external: ExternalReferences?
    /// Files whose syntax errors have been reported.
    var reportedFiles: Set<String> = []
    /// Whether a reference to another file was met while decoding without `external`.
    var refersToOtherFiles = false
    /// Whether flaws with a safe reading are errors (see `flaw`).
    let strict: Bool
    /// Where the schema references of discriminator mappings are written (an unresolved one is
    /// read differently from a `$ref`).
    var mappingReferences: Set<SourceLocation> = []

    init(file: String, external: ExternalReferences? = nil, strict: Bool = false) {
        self.file = file
        self.external = external
        self.strict = strict
    }

    // MARK: Reporting

    func error(_ message: String, at location: SourceLocation) {
        errors.append(.error(message, at: location))
    }

    func warning(_ message: String, at location: SourceLocation) {
        warnings.append(.warning(message, at: location))
    }

    /// A flaw that published documents have and that still has a safe reading: a warning that
    /// says what is wrong and how it is read, or, when `strict`, an error that says what is wrong.
    ///
    /// - Parameters:
    ///   - problem: what is wrong, as the error says it (`unresolved reference '#/…/Pet'`).
    ///   - reading: what the run does instead (`it is generated as JSONValue`).
    func flaw(_ problem: String, reading: String, at location: SourceLocation) {
        if strict {
            error(problem, at: location)
        } else {
            warning("\(problem); \(reading)", at: location)
        }
    }

    func typeError(_ key: String, expected: String, found node: Node) {
        error("'\(key)' must be \(expected), found \(node.kindDescription)", at: node.location)
    }

    func missing(_ key: String, in context: String, at node: Node) {
        error("missing required field '\(key)' in \(context)", at: node.location)
    }

    // MARK: Shapes

    /// The entries of a mapping, or a type error (and `nil`).
    func pairs(_ node: Node, _ key: String) -> [Pair]? {
        if let pairs = node.pairs { return pairs }
        typeError(key, expected: "a mapping", found: node)
        return nil
    }

    /// The value of a field; `nil` when absent or null.
    func value(_ object: Node, _ key: String) -> Node? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    /// A mapping-valued field.
    func mapping(_ object: Node, _ key: String) -> Node? {
        guard let value = value(object, key) else { return nil }
        guard value.pairs != nil else {
            typeError(key, expected: "a mapping", found: value)
            return nil
        }
        return value
    }

    /// A sequence-valued field.
    func sequence(_ object: Node, _ key: String) -> [Node]? {
        guard let value = value(object, key) else { return nil }
        guard let items = value.items else {
            typeError(key, expected: "a sequence", found: value)
            return nil
        }
        return items
    }

    // MARK: Scalars

    /// A string field: a quoted or plain scalar that is not a number, boolean or null.
    func string(_ object: Node, _ key: String) -> String? {
        guard let value = value(object, key) else { return nil }
        return stringValue(value, key)
    }

    func stringValue(_ value: Node, _ key: String) -> String? {
        if let text = value.string { return text }
        typeError(key, expected: "a string", found: value)
        return nil
    }

    /// A field OpenAPI wants as a string but authors often write as a number or boolean
    /// (`version: 1.0`, `default: 443`): any scalar's text.
    func text(_ object: Node, _ key: String) -> String? {
        guard let value = value(object, key) else { return nil }
        return textValue(value, key)
    }

    /// A `description`: text, or `nil` when absent. A mapping or a sequence (which some documents
    /// hold there) is a flaw: the description is left out.
    func description(_ object: Node) -> String? {
        guard let value = value(object, "description") else { return nil }
        if value.scalar != nil, let text = value.text { return text }
        flaw("'description' must be a string, found \(value.kindDescription)", reading: "it is ignored", at: value.location)
        return nil
    }

    func textValue(_ value: Node, _ key: String) -> String? {
        if value.scalar != nil, !value.isNull, let text = value.text { return text }
        typeError(key, expected: "a string", found: value)
        return nil
    }

    func requiredString(_ object: Node, _ key: String, in context: String, lenient: Bool = false) -> String? {
        guard let value = object[key] else {
            missing(key, in: context, at: object)
            return nil
        }
        return lenient ? textValue(value, key) : stringValue(value, key)
    }

    func bool(_ object: Node, _ key: String) -> Bool? {
        guard let value = value(object, key) else { return nil }
        if let flag = value.bool { return flag }
        typeError(key, expected: "a boolean", found: value)
        return nil
    }

    func int(_ object: Node, _ key: String) -> Int? {
        guard let value = value(object, key) else { return nil }
        if let number = value.int { return number }
        if let number = value.double, number.rounded() == number, abs(number) < 1e15 { return Int(number) }
        typeError(key, expected: "an integer", found: value)
        return nil
    }

    func double(_ object: Node, _ key: String) -> Double? {
        guard let value = value(object, key) else { return nil }
        if let number = value.double { return number }
        typeError(key, expected: "a number", found: value)
        return nil
    }

    /// A sequence of strings (entries of the wrong type are reported and skipped).
    func strings(_ object: Node, _ key: String) -> [String]? {
        guard let items = sequence(object, key) else { return nil }
        return items.compactMap { stringValue($0, key) }
    }

    /// A sequence of scalars taken as text (`enum` of server variables).
    func texts(_ object: Node, _ key: String) -> [String]? {
        guard let items = sequence(object, key) else { return nil }
        return items.compactMap { textValue($0, key) }
    }

    /// The `x-` entries of a mapping, in order.
    func extensions(_ object: Node) -> Extensions {
        (object.pairs ?? []).filter { $0.key.text?.hasPrefix("x-") == true }
    }

    /// Entries of a mapping-valued field keyed by text, skipping `x-` keys when asked.
    func entries(_ object: Node, _ key: String, skipExtensions: Bool = false) -> [(name: String, key: Node, value: Node)] {
        guard let node = mapping(object, key), let pairs = node.pairs else { return [] }
        var result: [(name: String, key: Node, value: Node)] = []
        for pair in pairs {
            guard let name = pair.key.text else {
                error("'\(key)' keys must be strings, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if skipExtensions, name.hasPrefix("x-") { continue }
            result.append((name, pair.key, pair.value))
        }
        return result
    }

    /// Decodes the entries of a mapping-valued field into an ordered map.
    func orderedMap<Value>(_ object: Node, _ key: String, skipExtensions: Bool = false, _ decode: (String, Node) -> Value?) -> OrderedMap<Value> {
        var map = OrderedMap<Value>()
        for entry in entries(object, key, skipExtensions: skipExtensions) {
            if let value = decode(entry.name, entry.value) {
                map.append(entry.name, value, at: entry.key.location)
            }
        }
        return map
    }
}
