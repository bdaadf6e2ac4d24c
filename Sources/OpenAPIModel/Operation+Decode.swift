// Paths, operations, parameters, request bodies and responses.

import Diagnostics
import YAML

extension NodeDecoder {
    func paths(_ root: Node) -> [PathEntry] {
        var result: [PathEntry] = []
        for entry in entries(root, "paths", skipExtensions: true) {
            guard entry.name.hasPrefix("/") else {
                error("path '\(entry.name)' must start with '/'", at: entry.key.location)
                continue
            }
            if let item = pathItem(entry.value, entry.name) {
                result.append(PathEntry(path: entry.name, item: item, location: entry.key.location))
            }
        }
        return result
    }

    func pathItem(_ node: Node, _ key: String) -> PathItem? {
        guard pairs(node, key) != nil else { return nil }
        if let refNode = node["$ref"] {
            error("path item references are not supported", at: refNode.location)
            return nil
        }
        var operations: [Operation] = []
        for pair in node.pairs ?? [] {
            guard let name = pair.key.text, let method = HTTPMethod(rawValue: name) else { continue }
            if let operation = operation(pair.value, method: method, at: pair.key.location) {
                operations.append(operation)
            }
        }
        return PathItem(
            summary: text(node, "summary"),
            description: description(node),
            parameters: parameterList(node),
            operations: operations,
            servers: servers(node),
            location: node.location
        )
    }

    func operation(_ node: Node, method: HTTPMethod, at location: SourceLocation) -> Operation? {
        guard pairs(node, method.rawValue) != nil else { return nil }
        let operationId = string(node, "operationId")
        if let operationId, let idNode = node["operationId"] {
            if let first = operationIds[operationId] {
                error("duplicate operationId '\(operationId)' (also used at \(first))", at: idNode.location)
            } else {
                operationIds[operationId] = idNode.location
            }
        }
        var requestBody: Referenceable<RequestBody>?
        if let value = value(node, "requestBody") {
            requestBody = referenceable(value, "requestBody", kind: .requestBodies, self.requestBody)
        }
        var callbackNames: [String] = []
        if let callbacks = node["callbacks"] {
            callbackNames = entries(node, "callbacks").map(\.name)
            if !callbackNames.isEmpty {
                let list = callbackNames.map { "'\($0)'" }.joined(separator: ", ")
                warning("callbacks are not generated: \(list)", at: callbacks.location)
            }
        }
        return Operation(
            method: method,
            operationId: operationId,
            summary: text(node, "summary"),
            description: description(node),
            tags: strings(node, "tags") ?? [],
            parameters: parameterList(node),
            requestBody: requestBody,
            responses: responses(node),
            deprecated: bool(node, "deprecated") ?? false,
            security: security(node),
            servers: servers(node),
            callbacks: callbackNames,
            extensions: extensions(node),
            location: location
        )
    }

    func parameterList(_ node: Node) -> [Referenceable<Parameter>] {
        guard let items = sequence(node, "parameters") else { return [] }
        return items.compactMap { referenceable($0, "parameters", kind: .parameters, self.parameter) }
    }

    func parameter(_ node: Node) -> Parameter? {
        let name = requiredString(node, "name", in: "parameter")
        var location: ParameterLocation?
        if let inNode = node["in"] {
            if let text = stringValue(inNode, "in") {
                location = ParameterLocation(rawValue: text)
                if location == nil {
                    error("invalid parameter location '\(text)'; expected 'path', 'query', 'header' or 'cookie'", at: inNode.location)
                }
            }
        } else {
            missing("in", in: "parameter", at: node)
        }
        let required = bool(node, "required")
        if location == .path, required != true {
            let message = "path parameter '\(name ?? "")' must be declared with 'required: true'"
            error(message, at: node["required"]?.location ?? node.location)
        }
        var style: Parameter.Style?
        if let styleNode = value(node, "style"), let text = stringValue(styleNode, "style") {
            style = Parameter.Style(rawValue: text)
            if style == nil {
                error("unknown parameter style '\(text)'", at: styleNode.location)
            }
        }
        var schema: Schema?
        if let value = value(node, "schema") { schema = self.schema(value, "schema") }
        let content = mediaTypes(node, "content")
        guard let name, let location else { return nil }
        return Parameter(
            name: name, location: location, description: description(node),
            required: required ?? false, deprecated: bool(node, "deprecated") ?? false,
            allowEmptyValue: bool(node, "allowEmptyValue") ?? false, style: style,
            explode: bool(node, "explode"), allowReserved: bool(node, "allowReserved") ?? false,
            schema: schema, content: content, example: node["example"], extensions: extensions(node),
            sourceLocation: node.location
        )
    }

    func requestBody(_ node: Node) -> RequestBody? {
        if node["content"] == nil { missing("content", in: "request body", at: node) }
        return RequestBody(
            description: description(node),
            content: mediaTypes(node, "content"),
            required: bool(node, "required") ?? false,
            location: node.location
        )
    }

    func responses(_ node: Node) -> [ResponseEntry] {
        var result: [ResponseEntry] = []
        for entry in entries(node, "responses", skipExtensions: true) {
            guard let status = statusKey(entry.name) else {
                error("invalid response status '\(entry.name)'; expected a status code such as '200', a range such as '2XX', or 'default'", at: entry.key.location)
                continue
            }
            if let response = referenceable(entry.value, entry.name, kind: .responses, self.response) {
                result.append(ResponseEntry(status: status, response: response, location: entry.key.location))
            }
        }
        return result
    }

    func statusKey(_ text: String) -> StatusKey? {
        if text == "default" { return .default }
        let characters = Array(text)
        guard characters.count == 3, let first = characters[0].wholeNumberValue, (1...5).contains(first) else { return nil }
        if characters[1...].allSatisfy({ $0 == "X" || $0 == "x" }) { return .range(first) }
        guard characters[1...].allSatisfy({ $0.isASCII && $0.isNumber }), let code = Int(text) else { return nil }
        return .code(code)
    }

    func response(_ node: Node) -> Response? {
        var headers = OrderedMap<Referenceable<Header>>()
        for entry in entries(node, "headers") where entry.name.lowercased() != "content-type" {
            if let header = referenceable(entry.value, entry.name, kind: .headers, self.header) {
                headers.append(entry.name, header, at: entry.key.location)
            }
        }
        return Response(
            description: description(node),
            headers: headers,
            content: mediaTypes(node, "content"),
            links: entries(node, "links").map(\.name),
            location: node.location
        )
    }

    func header(_ node: Node) -> Header? {
        var schema: Schema?
        if let value = value(node, "schema") {
            schema = self.schema(value, "schema")
        } else {
            schema = mediaTypes(node, "content").first?.value.schema
        }
        return Header(
            description: description(node),
            required: bool(node, "required") ?? false,
            deprecated: bool(node, "deprecated") ?? false,
            schema: schema,
            location: node.location
        )
    }

    func mediaTypes(_ node: Node, _ key: String) -> OrderedMap<MediaType> {
        orderedMap(node, key, skipExtensions: false) { name, value in
            guard self.pairs(value, name) != nil else { return nil }
            var schema: Schema?
            if let schemaNode = self.value(value, "schema") { schema = self.schema(schemaNode, "schema") }
            let encoding = self.orderedMap(value, "encoding") { _, entry in
                self.pairs(entry, "encoding") == nil ? nil : PropertyEncoding(contentType: self.text(entry, "contentType"), location: entry.location)
            }
            return MediaType(
                schema: schema, example: value["example"], examples: self.examples(value, "examples"), encoding: encoding,
                location: value.location
            )
        }
    }

    /// `examples` of a media type: a mapping of named examples (anything else is ignored).
    func examples(_ node: Node, _ key: String) -> OrderedMap<Referenceable<Example>> {
        guard let value = node[key], value.pairs != nil else { return OrderedMap() }
        return orderedMap(node, key, skipExtensions: false) { name, value in
            self.referenceable(value, name, kind: .examples, self.example)
        }
    }

    func example(_ node: Node) -> Example? {
        Example(
            summary: text(node, "summary"),
            description: description(node),
            value: node["value"],
            externalValue: string(node, "externalValue"),
            location: node.location
        )
    }
}
