// `$ref`s to other files (`schemas/pet.yaml#/Pet`, `common.yaml`, `../errors.yaml#/components/schemas/Error`).
//
// The model has no notion of files: every external target is "bundled" into the document's
// components (see `Document+Bundling.swift`). This type resolves what a reference written in some
// file stands for, loads and caches the files, and names the targets. Reading files is the
// caller's job (`SpecFileReader`): this module never touches the disk or the network.

import Basics
import Diagnostics
import YAML

/// Reads a file that a `$ref` points to. The path is relative to the folder of the root document,
/// normalised (`schemas/pet.yaml`, `../common/errors.yaml`; no `./`, no `a/../`). Throw any error
/// when the file cannot be read: the reference is reported as unreadable where it is written.
public typealias SpecFileReader = @Sendable (String) throws -> [UInt8]

/// What a `SpecFileReader` throws for a path it will not read (one outside the folder references
/// are confined to): the reference is reported where it is written, with `reason`.
public struct SpecFileRefusal: Error, Sendable {
    /// Why the file is not read, a clause (`it is outside the reference root 'api'; …`).
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}

/// Loads, caches and names the targets of the references to other files of one decode run.
final class ExternalReferences {
    /// A target: a node of another file, decoded as a component of `kind`.
    struct Key: Hashable, Comparable {
        var kind: ComponentKind
        /// Normalised path relative to the root document's folder.
        var file: String
        /// JSON pointer, percent-decoded, still `~`-escaped (`""` for the whole file).
        var pointer: String

        /// `schemas/pet.yaml#/Pet`, or `schemas/pet.yaml` for the whole file.
        var canonical: String { pointer.isEmpty ? file : file + "#" + pointer }

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.file, lhs.pointer, lhs.kind.rawValue) < (rhs.file, rhs.pointer, rhs.kind.rawValue)
        }
    }

    /// What a reference written in some file stands for.
    enum Resolution {
        /// A component of the root document (`#/components/<kind>/<name>` there).
        case local(ComponentKind, String)
        /// A node of another file.
        case external(Key)
        /// A located error at the reference.
        case failure(String)
        /// The file does not exist or cannot be read: the message for the reference.
        case unreadable(String)
        /// The file could not be parsed; its own diagnostics say why.
        case invalidFile(String)
    }

    private enum FileState {
        case parsed(Node)
        case unreadable
        case refused(String)
        case invalid([Diagnostic])
    }

    let reader: SpecFileReader
    /// The YAML limits of each file and the most files read (a reference loop through ever longer
    /// relative paths stops there).
    let limits: DocumentLimits
    /// The root document's name as given to `Document.decode` (the file of its nodes' locations).
    let rootFile: String
    /// The root document's path relative to its own folder (its last path component).
    let rootPath: String

    private var files: [String: FileState] = [:]
    private(set) var targets: [Key: Node] = [:]
    /// The targets in the order they were found (the discovery pass's work list).
    private(set) var discovered: [Key] = []
    /// Names given by `assignNames`; set once discovery is complete.
    private(set) var names: [Key: String] = [:]
    private var origins: [ComponentKind: [String: String]] = [:]

    init(reader: @escaping SpecFileReader, rootFile: String, limits: DocumentLimits) {
        self.reader = reader
        self.limits = limits
        self.rootFile = rootFile
        self.rootPath = rootFile.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? rootFile
    }

    var isEmpty: Bool { targets.isEmpty }

    /// The targets in their canonical order (the order their components are appended in).
    var sortedKeys: [Key] { targets.keys.sorted() }

    /// Where a bundled component came from (`schemas/pet.yaml#/Pet`), for messages.
    func origin(_ kind: ComponentKind, _ name: String) -> String? {
        origins[kind]?[name]
    }

    /// Syntax errors of a file that could not be parsed.
    func diagnostics(ofInvalidFile path: String) -> [Diagnostic] {
        if case .invalid(let diagnostics) = files[path] { return diagnostics }
        return []
    }

    // MARK: Resolving

    /// Resolves `text`, written at `location` (whose file says which file it is written in) where
    /// a component of `expected` kind is needed. Loads the file it points to when needed.
    func resolve(_ text: String, at location: SourceLocation, expected: ComponentKind) -> Resolution {
        let referencing = location.file == rootFile ? rootPath : location.file
        let hash = text.firstIndex(of: "#")
        let pathPart = String(text[..<(hash ?? text.endIndex)])
        let fragment = hash.map { String(text[text.index(after: $0)...]) } ?? ""
        let file: String
        if pathPart.isEmpty {
            file = referencing
        } else {
            let path = percentDecoded(pathPart)
            if path.hasPrefix("/") {
                return .failure("absolute file reference '\(text)' is not supported; write the path relative to the referencing file")
            }
            file = Self.normalize(Self.folder(of: referencing) + path)
        }
        let pointer = percentDecoded(fragment)
        let segments = Self.segments(pointer)

        if file == rootPath {
            guard let segments, segments.count == 3, segments[0] == "components",
                  let kind = ComponentKind(rawValue: segments[1]), !segments[2].isEmpty
            else {
                return .failure("unsupported reference '\(text)'; only '#/components/<kind>/<name>' references are supported")
            }
            return .local(kind, segments[2])
        }

        if let segments, segments.count == 3, segments[0] == "components",
           let kind = ComponentKind(rawValue: segments[1]), kind != expected {
            return .failure("'\(text)' is \(kind.singular) reference, but \(expected.singular) is expected here")
        }

        let root: Node
        switch load(file) {
        case .parsed(let node): root = node
        case .unreadable: return .unreadable("cannot read '\(file)' (referenced as '\(text)')")
        case .refused(let reason): return .failure("not reading '\(file)' (referenced as '\(text)'): \(reason)")
        case .invalid: return .invalidFile(file)
        case nil:
            return .failure(limits.message("more than \(limits.maxFiles) files are referenced; not reading '\(file)' (referenced as '\(text)')", .files))
        }
        guard let segments, let node = Self.follow(segments, from: root) else {
            return .failure("'#\(fragment)' not found in '\(file)'")
        }
        let key = Key(kind: expected, file: file, pointer: pointer)
        if targets[key] == nil {
            targets[key] = node
            discovered.append(key)
        }
        return .external(key)
    }

    /// The parsed file, loading it on first use; `nil` past the file limit.
    private func load(_ path: String) -> FileState? {
        if let state = files[path] { return state }
        guard files.count < limits.maxFiles else { return nil }
        let state: FileState
        do {
            let bytes = try reader(path)
            do {
                state = .parsed(try YAMLParser.parse(bytes, file: path, limits: limits.parse))
            } catch {
                state = .invalid(error.diagnostics)
            }
        } catch let refusal as SpecFileRefusal {
            state = .refused(refusal.reason)
        } catch {
            state = .unreadable
        }
        files[path] = state
        return state
    }

    // MARK: Naming

    /// Names every target, in canonical order, after the last pointer segment (or the file's stem
    /// for a whole file). A name already used by the root document's components or by an earlier
    /// target of the same kind is prefixed with the file's stem, then its folders, then numbered.
    func assignNames(taken: (ComponentKind, String) -> Bool) {
        var used: [ComponentKind: Set<String>] = [:]
        for key in sortedKeys {
            let candidates = Self.nameCandidates(key)
            func isFree(_ name: String) -> Bool {
                !taken(key.kind, name) && !used[key.kind, default: []].contains(name)
            }
            var name = candidates.first(where: isFree)
            if name == nil {
                let last = candidates[candidates.count - 1]
                var number = 2
                while !isFree("\(last)_\(number)") { number += 1 }
                name = "\(last)_\(number)"
            }
            let chosen = name ?? ""
            used[key.kind, default: []].insert(chosen)
            names[key] = chosen
            origins[key.kind, default: [:]][chosen] = key.canonical
        }
    }

    /// `Pet`, `pet_Pet`, `schemas_pet_Pet`… from the most to the least preferred.
    private static func nameCandidates(_ key: Key) -> [String] {
        var path = key.file.split(separator: "/").map(String.init).filter { $0 != ".." && $0 != "." }
        if var stem = path.popLast() {
            if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
            path.append(stem)
        }
        var prefix = path.reversed().map { $0 }
        var base: String
        if let segments = segments(key.pointer), let last = segments.last, !last.isEmpty {
            base = last
        } else {
            base = prefix.isEmpty ? "External" : prefix.removeFirst()
        }
        var candidates = [base]
        for part in prefix {
            base = part + "_" + base
            candidates.append(base)
        }
        return candidates
    }

    // MARK: Paths and pointers

    /// The folder part of a path, with its trailing `/` (`""` for a file in the root folder).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Removes `.` and empty segments and folds `a/..`; leading `..` segments are kept.
    static func normalize(_ path: String) -> String {
        var result: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == "..", let last = result.last, last != ".." {
                result.removeLast()
            } else {
                result.append(segment)
            }
        }
        return result.joined(separator: "/")
    }

    /// The unescaped segments of a JSON pointer (`[]` for the whole document), or `nil` when it is
    /// not a pointer (does not start with `/`).
    static func segments(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
        }
    }

    /// The node a pointer designates: mapping keys by text, sequence items by index.
    static func follow(_ segments: [String], from root: Node) -> Node? {
        var node = root
        for segment in segments {
            if let pairs = node.pairs {
                guard let pair = pairs.first(where: { $0.key.text == segment }) else { return nil }
                node = pair.value
            } else if let items = node.items {
                guard let index = Int(segment), index >= 0, index < items.count, String(index) == segment else { return nil }
                node = items[index]
            } else {
                return nil
            }
        }
        return node
    }
}
