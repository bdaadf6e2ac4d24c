// `$ref` parsing: local `#/components/<kind>/<name>` references, and (when the document is loaded
// with a `SpecFileReader`) references to other files, which are bundled into the components.
// Remote references are rejected with a located error (the generator never fetches anything).

import Basics
import Diagnostics
import YAML

extension Reference {
    /// The canonical `#/components/<kind>/<name>` text for a component (name JSON-pointer escaped).
    public static func canonical(_ kind: ComponentKind, _ name: String) -> String {
        "#/components/\(kind.rawValue)/\(escapePointer(name))"
    }

    static func escapePointer(_ name: String) -> String {
        name.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }
}

extension NodeDecoder {
    /// Parses the `$ref` value node and records it for validation against `expected`.
    /// Returns `nil` (after reporting) for references the generator does not support.
    func reference(_ node: Node, expected: ComponentKind) -> Reference? {
        guard let text = stringValue(node, "$ref") else { return nil }
        return reference(text, at: node.location, expected: expected)
    }

    /// Resolves reference text written at `location` (in the root document or in a file it
    /// references) where a component of `expected` kind is needed, and records it for validation.
    /// Returns `nil` (after reporting) for references that cannot be followed, and during the
    /// discovery pass for references to other files (their names are not known yet).
    ///
    /// - Parameter inMapping: whether the reference is a discriminator mapping's value, where a
    ///   file that cannot be read is a flaw (the value is left unmapped) rather than an error.
    func reference(_ text: String, at location: SourceLocation, expected: ComponentKind, inMapping: Bool = false) -> Reference? {
        if let external, !isRemote(text), !(text.hasPrefix("#") && location.file == file) {
            switch external.resolve(text, at: location, expected: expected) {
            case .local(let kind, let name):
                let reference = Reference(ref: text, location: location, component: kind, name: name)
                references.append((reference, expected))
                return reference
            case .external(let key):
                guard let name = external.names[key] else { return nil }
                let reference = Reference(ref: text, location: location, component: key.kind, name: name)
                references.append((reference, expected))
                return reference
            case .failure(let message):
                error(message, at: location)
                return nil
            case .unreadable(let message):
                if inMapping {
                    flaw(message, reading: "the discriminator value is not mapped", at: location)
                } else {
                    error(message, at: location)
                }
                return nil
            case .invalidFile(let path):
                if reportedFiles.insert(path).inserted {
                    errors += external.diagnostics(ofInvalidFile: path)
                }
                return nil
            }
        }
        if external == nil, !isRemote(text), !text.hasPrefix("#") { refersToOtherFiles = true }
        guard let (kind, name) = parseReference(text, at: location) else { return nil }
        let reference = Reference(ref: text, location: location, component: kind, name: name)
        references.append((reference, expected))
        return reference
    }

    private func isRemote(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: ":")) && text.containsBytes("://")
    }

    /// Splits a reference into component kind and name, reporting unsupported forms.
    func parseReference(_ text: String, at location: SourceLocation) -> (ComponentKind, String)? {
        if let parsed = Self.plainComponentReference(text) { return parsed }
        if isRemote(text) {
            error("remote reference '\(text)' is not allowed; the generator never fetches from the network", at: location)
            return nil
        }
        guard text.hasPrefix("#") else {
            if text.isEmpty {
                error("unsupported reference ''; only '#/components/<kind>/<name>' references are supported", at: location)
            } else {
                error("references to other files are not supported yet: '\(text)'", at: location)
            }
            return nil
        }
        let pointer = percentDecoded(String(text.dropFirst()))
        let segments = pointer.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard segments.count == 4, segments[0].isEmpty, segments[1] == "components",
              let kind = ComponentKind(rawValue: segments[2]), !segments[3].isEmpty
        else {
            error("unsupported reference '\(text)'; only '#/components/<kind>/<name>' references are supported", at: location)
            return nil
        }
        let name = segments[3].replacingAll("~1", with: "/").replacingAll("~0", with: "~")
        return (kind, name)
    }

    /// `#/components/<kind>/<name>` with no escapes (`%`, `~`) to decode, the common case, read
    /// straight from the bytes; `nil` for anything else, which the full parse handles.
    private static func plainComponentReference(_ text: String) -> (ComponentKind, String)? {
        let prefix = "#/components/".utf8
        let bytes = text.utf8
        guard bytes.starts(with: prefix),
              !bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "~") })
        else { return nil }
        let rest = bytes.dropFirst(prefix.count)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")),
              let kind = ComponentKind(rawValue: String(Substring(rest[..<slash])))
        else { return nil }
        let name = rest[rest.index(after: slash)...]
        guard !name.isEmpty, !name.contains(UInt8(ascii: "/")) else { return nil }
        return (kind, String(Substring(name)))
    }

    /// A `$ref` that could not be parsed still needs a value in the model (decoding fails anyway).
    func placeholderReference(_ node: Node, expected: ComponentKind) -> Reference {
        Reference(ref: node.text ?? "", location: node.location, component: expected, name: "")
    }

    /// Decodes an inline value or a `$ref` to a component of `kind`.
    func referenceable<Value>(_ node: Node, _ key: String, kind: ComponentKind, _ decode: (Node) -> Value?) -> Referenceable<Value>? {
        guard node.pairs != nil else {
            typeError(key, expected: "a mapping", found: node)
            return nil
        }
        if let refNode = node["$ref"] {
            let reference = reference(refNode, expected: kind) ?? placeholderReference(refNode, expected: kind)
            return .reference(reference)
        }
        return decode(node).map(Referenceable.value)
    }
}

/// Decodes `%XX` escapes (UTF-8); malformed escapes are kept as written.
func percentDecoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var index = 0
    func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
    while index < utf8.count {
        if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
           let high = hex(utf8[index + 1]), let low = hex(utf8[index + 2]) {
            bytes.append(high << 4 | low)
            index += 3
        } else {
            bytes.append(utf8[index])
            index += 1
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

