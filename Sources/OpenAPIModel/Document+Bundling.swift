// Bundling: the targets of `$ref`s to other files become components of the document. Decoding
// runs twice when a document has external references: the first pass only discovers targets
// (following references inside the loaded files too) so that every target can be named from the
// complete set, independently of traversal order; the second pass decodes the document and the
// targets with references pointing at those names.

import YAML

extension NodeDecoder {
    /// Decodes a target of another file as a component named `name` and adds it to `components`.
    func bundle(_ node: Node, as kind: ComponentKind, named name: String, into components: inout Components) {
        let location = node.location
        switch kind {
        case .schemas:
            if let value = schema(node, name) { components.schemas.append(name, value, at: location) }
        case .responses:
            if let value = referenceable(node, name, kind: kind, response) { components.responses.append(name, value, at: location) }
        case .parameters:
            if let value = referenceable(node, name, kind: kind, parameter) { components.parameters.append(name, value, at: location) }
        case .examples:
            if let value = referenceable(node, name, kind: kind, example) { components.examples.append(name, value, at: location) }
        case .requestBodies:
            if let value = referenceable(node, name, kind: kind, requestBody) { components.requestBodies.append(name, value, at: location) }
        case .headers:
            if let value = referenceable(node, name, kind: kind, header) { components.headers.append(name, value, at: location) }
        case .securitySchemes:
            if let value = referenceable(node, name, kind: kind, securityScheme) { components.securitySchemes.append(name, value, at: location) }
        case .pathItems:
            if let value = pathItem(node, name) { components.pathItems.append(name, value, at: location) }
        case .links:
            components.links.append(name)
        case .callbacks:
            components.callbacks.append(name)
        }
    }

    /// How a component is named in messages: where it came from when it was bundled from another
    /// file (`schemas/pet.yaml#/Pet`), its `#/components/…` pointer otherwise.
    func displayName(_ kind: ComponentKind, _ name: String) -> String {
        external?.origin(kind, name) ?? Reference.canonical(kind, name)
    }
}

extension Document {
    /// Decodes the document, bundling the targets of references to other files into its components.
    static func decodeBundling(_ root: Node, file: String, reader: SpecFileReader?, limits: DocumentLimits, strict: Bool) -> (NodeDecoder, Document?) {
        // Most documents are one file: a single pass, which finds out whether another file is
        // referenced, is all it takes.
        let single = NodeDecoder(file: file, strict: strict)
        let document = single.document(root)
        guard reader != nil, single.refersToOtherFiles else { return (single, document) }
        let external = reader.map { ExternalReferences(reader: $0, rootFile: file, limits: limits) }
        let discovery = NodeDecoder(file: file, external: external, strict: strict)
        let first = discovery.document(root)
        guard let external, let first, !external.isEmpty else { return (discovery, first) }

        // Discovery: decode every target found so far (which may find more), only to find them all.
        var scratch = Components()
        var next = 0
        while next < external.discovered.count {
            let key = external.discovered[next]
            next += 1
            if let node = external.targets[key] {
                discovery.bundle(node, as: key.kind, named: "", into: &scratch)
            }
        }
        let own = first.components
        external.assignNames { kind, name in own.contains(kind, name) }

        // The real pass: every reference now knows the name of its target.
        let decoder = NodeDecoder(file: file, external: external, strict: strict)
        guard var document = decoder.document(root) else { return (decoder, nil) }
        for key in external.sortedKeys {
            guard let node = external.targets[key], let name = external.names[key] else { continue }
            decoder.bundle(node, as: key.kind, named: name, into: &document.components)
            document.components.origins[key.kind, default: [:]][name] = key.canonical
        }
        return (decoder, document)
    }
}

extension Components {
    /// Where a component bundled from another file came from (`schemas/pet.yaml#/Pet`); `nil` for
    /// the document's own components.
    public func origin(of kind: ComponentKind, named name: String) -> String? {
        origins[kind]?[name]
    }
}
