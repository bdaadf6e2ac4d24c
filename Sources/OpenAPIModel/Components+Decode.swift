// `components`: every kind of reusable object (links and callbacks by name only).

import Diagnostics
import YAML

extension NodeDecoder {
    func components(_ root: Node) -> Components {
        var components = Components()
        guard let node = mapping(root, "components") else { return components }
        components.schemas = orderedMap(node, "schemas", skipExtensions: false) { name, value in self.schema(value, name) }
        components.responses = orderedMap(node, "responses", skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .responses, self.response)
        }
        components.parameters = orderedMap(node, "parameters", skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .parameters, self.parameter)
        }
        components.examples = orderedMap(node, "examples", skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .examples, self.example)
        }
        components.requestBodies = orderedMap(node, "requestBodies", skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .requestBodies, self.requestBody)
        }
        components.headers = orderedMap(node, "headers", skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .headers, self.header)
        }
        components.securitySchemes = orderedMap(node, "securitySchemes", skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .securitySchemes, self.securityScheme)
        }
        components.links = entries(node, "links").map(\.name)
        components.callbacks = entries(node, "callbacks").map(\.name)
        components.pathItems = orderedMap(node, "pathItems", skipExtensions: false) { name, value in self.pathItem(value, name) }
        return components
    }

    func securityScheme(_ node: Node) -> SecurityScheme? {
        guard let typeNode = node["type"] else {
            missing("type", in: "security scheme", at: node)
            return nil
        }
        guard let typeText = stringValue(typeNode, "type") else { return nil }
        guard let kind = SecurityScheme.Kind(rawValue: typeText) else {
            error("unknown security scheme type '\(typeText)'; expected 'apiKey', 'http', 'mutualTLS', 'oauth2' or 'openIdConnect'", at: typeNode.location)
            return nil
        }
        var name: String?
        var location: ParameterLocation?
        var scheme: String?
        switch kind {
        case .apiKey:
            name = requiredString(node, "name", in: "security scheme")
            if let inNode = node["in"] {
                if let text = stringValue(inNode, "in") {
                    location = ParameterLocation(rawValue: text)
                    if location == nil || location == .path {
                        location = nil
                        error("invalid API key location '\(text)'; expected 'query', 'header' or 'cookie'", at: inNode.location)
                    }
                }
            } else {
                missing("in", in: "security scheme", at: node)
            }
            scheme = string(node, "scheme")
        case .http:
            scheme = requiredString(node, "scheme", in: "security scheme")
        default:
            scheme = string(node, "scheme")
        }
        return SecurityScheme(
            kind: kind, description: description(node), name: name ?? string(node, "name"),
            location: location, scheme: scheme, bearerFormat: text(node, "bearerFormat"), sourceLocation: node.location
        )
    }
}
