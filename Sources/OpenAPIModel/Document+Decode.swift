import Diagnostics
import Basics
import YAML

extension Document {
    /// Decodes and validates a document from its YAML tree.
    ///
    /// Reports every problem it finds (not only the first) as located diagnostics: missing or
    /// mistyped fields, unsupported versions (Swagger 2.0, unknown `openapi:`), unresolved,
    /// wrong-kind and cyclic `$ref`s, remote references. Warnings (e.g. skipped webhooks) go to
    /// `diagnostics`; errors are thrown, sorted in document order.
    ///
    /// Flaws that published documents have and that have a safe reading are warnings, read that
    /// way: an `info` without `version` (the version is empty), a `description` that is not text
    /// (left out), a `$ref` to a schema the document does not define (any JSON value), a
    /// discriminator mapping to a file that cannot be read (unmapped), and a path parameter the
    /// path template does not have (dropped). With `strict` they are errors.
    ///
    /// With a `reader`, `$ref`s to other files (`schemas/pet.yaml#/Pet`, `common.yaml`) are
    /// followed: each target becomes a component of the kind its position requires, named after
    /// the last pointer segment or the file's stem (made unique with the file's stem when taken),
    /// and the reference points at it. Nodes of other files are located in those files (by their
    /// path relative to the root document's folder). Without a reader they are errors.
    public static func decode(
        _ root: Node, file: String, reader: SpecFileReader? = nil, limits: DocumentLimits = DocumentLimits(),
        strict: Bool = false, diagnostics: inout DiagnosticCollector
    ) throws(DiagnosticError) -> Document {
        let (decoder, decoded) = decodeBundling(root, file: file, reader: reader, limits: limits, strict: strict)
        var document = decoded
        if let decoded {
            ReferenceValidator(decoder: decoder, document: decoded, limits: limits).validate()
            document = decoded.withoutStrayPathParameters() ?? decoded
        }
        for warning in sortedInDocumentOrder(decoder.warnings, rootFile: file) {
            diagnostics.emit(warning)
        }
        if let document, decoder.errors.isEmpty { return document }
        throw DiagnosticError(sortedInDocumentOrder(decoder.errors, rootFile: file))
    }

    /// Parses YAML (or JSON) bytes and decodes the document.
    public static func load(bytes: [UInt8], file: String, diagnostics: inout DiagnosticCollector) throws(DiagnosticError) -> Document {
        try load(bytes: bytes, file: file, reader: nil, diagnostics: &diagnostics)
    }

    /// Parses YAML (or JSON) bytes and decodes the document, reading the files its `$ref`s point
    /// to with `reader` (paths relative to the folder of this document; see `SpecFileReader`).
    public static func load(
        bytes: [UInt8], file: String, reader: SpecFileReader?, limits: DocumentLimits = DocumentLimits(),
        strict: Bool = false, diagnostics: inout DiagnosticCollector
    ) throws(DiagnosticError) -> Document {
        let root = try YAMLParser.parse(bytes, file: file, limits: limits.parse)
        return try decode(root, file: file, reader: reader, limits: limits, strict: strict, diagnostics: &diagnostics)
    }

    /// Stable sort by location: the root document first, then other files by name.
    static func sortedInDocumentOrder(_ diagnostics: [Diagnostic], rootFile: String) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l.file != r.file && (l.file == rootFile || r.file == rootFile):
                return l.file == rootFile
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

extension NodeDecoder {
    /// Decodes the whole document; `nil` when the version is unsupported (nothing else is read).
    func document(_ root: Node) -> Document? {
        guard root.pairs != nil else {
            error("an OpenAPI document must be a mapping, found \(root.kindDescription)", at: root.location)
            return nil
        }
        if let swagger = root["swagger"], root["openapi"] == nil {
            error("Swagger 2.0 is not supported; convert the document to OpenAPI 3 (for example with swagger2openapi)", at: swagger.location)
            return nil
        }
        guard let versionNode = root["openapi"] else {
            missing("openapi", in: "document", at: root)
            return nil
        }
        guard let version = textValue(versionNode, "openapi") else { return nil }
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "3", parts[1] == "0" || parts[1] == "1",
              let patch = parts[2].first, patch.isNumber
        else {
            error("unsupported OpenAPI version '\(version)'; supported versions are 3.0.x and 3.1.x", at: versionNode.location)
            return nil
        }
        isVersion31 = parts[1] == "1"

        let (components, paths, pathsDecoder) = componentsAndPaths(root)
        let info = info(root)
        let webhookNames = entries(root, "webhooks").map(\.name)
        if let webhooks = root["webhooks"], !webhookNames.isEmpty {
            let list = webhookNames.map { "'\($0)'" }.joined(separator: ", ")
            warning("webhooks are not generated: \(list)", at: webhooks.location)
        }
        let servers = servers(root)
        if let pathsDecoder { absorb(pathsDecoder) }
        return Document(
            openapi: version,
            isVersion31: isVersion31,
            info: info,
            servers: servers,
            paths: paths,
            components: components,
            security: security(root),
            tags: tags(root),
            webhooks: webhookNames,
            extensions: extensions(root),
            file: file,
            location: root.location
        )
    }

    /// The components and the paths. Without files to follow, the two are decoded at the same
    /// time, the paths by a second decoder whose findings `absorb` adds in the order a sequential
    /// run would emit them (after the servers').
    private func componentsAndPaths(_ root: Node) -> (Components, [PathEntry], NodeDecoder?) {
        guard external == nil else { return (components(root), paths(root), nil) }
        let pathsDecoder = NodeDecoder(file: file, strict: strict)
        pathsDecoder.isVersion31 = isVersion31
        nonisolated(unsafe) var components = Components()
        nonisolated(unsafe) var paths: [PathEntry] = []
        nonisolated(unsafe) let decoders = (self, pathsDecoder)
        _ = concurrentResults(2) { task in
            if task == 0 {
                components = decoders.0.components(root)
            } else {
                paths = decoders.1.paths(root)
            }
        }
        return (components, paths, pathsDecoder)
    }

    /// Takes over the findings of a decoder that worked on another part of the document.
    private func absorb(_ other: NodeDecoder) {
        errors += other.errors
        warnings += other.warnings
        references += other.references
        mappingReferences.formUnion(other.mappingReferences)
        refersToOtherFiles = refersToOtherFiles || other.refersToOtherFiles
        for (operationID, location) in other.operationIds where operationIds[operationID] == nil {
            operationIds[operationID] = location
        }
    }

    func info(_ root: Node) -> Info {
        guard let node = root["info"] else {
            missing("info", in: "document", at: root)
            return Info(title: "", version: "", location: root.location)
        }
        guard pairs(node, "info") != nil else { return Info(title: "", version: "", location: node.location) }
        let title = requiredString(node, "title", in: "info", lenient: true)
        // Some published documents leave the version out; the client is as useful without it.
        let version: String?
        if let value = node["version"] {
            version = textValue(value, "version")
        } else {
            flaw("missing required field 'version' in info", reading: "the version is empty", at: node.location)
            version = nil
        }
        let contact = mapping(node, "contact")
        let license = mapping(node, "license")
        return Info(
            title: title ?? "",
            summary: text(node, "summary"),
            description: description(node),
            version: version ?? "",
            termsOfService: string(node, "termsOfService"),
            contactEmail: contact.flatMap { string($0, "email") },
            contactName: contact.flatMap { text($0, "name") },
            contactURL: contact.flatMap { string($0, "url") },
            licenseName: license.flatMap { text($0, "name") },
            licenseURL: license.flatMap { string($0, "url") },
            extensions: extensions(node),
            location: node.location
        )
    }

    func servers(_ node: Node) -> [Server] {
        guard let items = sequence(node, "servers") else { return [] }
        return items.compactMap { item -> Server? in
            guard pairs(item, "servers") != nil else { return nil }
            let url = requiredString(item, "url", in: "server")
            var variables: [Server.Variable] = []
            for entry in entries(item, "variables") {
                guard pairs(entry.value, entry.name) != nil else { continue }
                let defaultValue = requiredString(entry.value, "default", in: "server variable", lenient: true)
                guard let defaultValue else { continue }
                variables.append(Server.Variable(
                    name: entry.name, defaultValue: defaultValue, enumValues: texts(entry.value, "enum"),
                    description: description(entry.value), location: entry.key.location
                ))
            }
            guard let url else { return nil }
            return Server(url: url, description: description(item), variables: variables, extensions: extensions(item), location: item.location)
        }
    }

    /// `security`: `nil` when absent, `[]` for `security: []`.
    func security(_ node: Node) -> [SecurityRequirement]? {
        guard let items = sequence(node, "security") else { return nil }
        return items.compactMap { item -> SecurityRequirement? in
            guard let pairs = pairs(item, "security") else { return nil }
            var schemes: [SecurityRequirement.Scheme] = []
            for pair in pairs {
                guard let name = pair.key.text else { continue }
                let scopes: [String]
                if let list = pair.value.items {
                    scopes = list.compactMap { stringValue($0, name) }
                } else if pair.value.isNull {
                    scopes = []
                } else {
                    typeError(name, expected: "a sequence of scopes", found: pair.value)
                    continue
                }
                schemes.append(SecurityRequirement.Scheme(name: name, scopes: scopes))
            }
            return SecurityRequirement(schemes: schemes)
        }
    }

    func tags(_ root: Node) -> [TagObject] {
        guard let items = sequence(root, "tags") else { return [] }
        return items.compactMap { item -> TagObject? in
            guard pairs(item, "tags") != nil else { return nil }
            guard let name = requiredString(item, "name", in: "tag", lenient: true) else { return nil }
            return TagObject(name: name, description: description(item), location: item.location)
        }
    }
}
