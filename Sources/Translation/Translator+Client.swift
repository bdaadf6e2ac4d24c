import Basics
import Diagnostics
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenAPIModel

extension Translator {
    mutating func clientContext() -> ClientContext {
        let info = document.info
        // A document may leave the version out (the model then holds "").
        let version = info.version.isEmpty ? "" : " (version \(SwiftEscaping.docCodeText(info.version)))"
        var doc = ["/// A client for \(SwiftEscaping.docCodeText(info.title))\(version)."]
        if let description = info.description, !description.isEmpty {
            doc.append("///")
            doc += SwiftEscaping.docComment(description)
        }
        let servers = serverContexts()
        var operations: [OperationContext] = []
        var methodOwners: [String: SourceLocation] = [:]
        let credentialMembers = Dictionary(uniqueKeysWithValues: credentialSchemes().map { ($0.specName, $0.member) })
        for (path, operation) in document.operations {
            guard var context = operationContext(operation, path: path) else { continue }
            context.setSecurityAlternatives(securityAlternatives(operation, members: credentialMembers))
            if let first = methodOwners[context.methodName] {
                diagnostics.error(
                    "operations would share the Swift method name '\(context.methodName)' (the other is at \(first))",
                    at: operation.location
                )
                continue
            }
            methodOwners[context.methodName] = operation.location
            operations.append(context)
        }
        return ClientContext(
            typeName: options.clientTypeName, doc: doc, servers: servers,
            defaultServer: servers.first?.name ?? "", operations: operations,
            responseHeaders: responseHeaderAccessors(operations), securitySchemes: credentialsContexts()
        )
    }

    /// Names servers by the words that set their descriptions apart (`Fireblocks Production
    /// Environment Base URL` and `Fireblocks Sandbox Environment Base URL` → `production`, `sandbox`),
    /// falling back to `server1`, `server2`… when that does not give distinct names.
    mutating func serverContexts() -> [ServerContext] {
        var servers: [(server: Server, url: String)] = []
        for server in document.servers {
            // Variables get their defaults here; a function per server takes other values.
            var url = server.url
            for variable in server.variables {
                url = url.replacingAll("{\(variable.name)}", with: variable.defaultValue)
            }
            guard URL(string: url) != nil, !url.contains("{") else {
                diagnostics.warning("server URL '\(server.url)' is not a valid URL; it is left out of 'Servers'", at: server.location)
                continue
            }
            servers.append((server, url))
        }
        if servers.isEmpty {
            // The spec's default when `servers` is absent: the root of wherever the document is served.
            servers = [(Server(url: "/", description: nil, variables: [], location: document.location), "/")]
        }
        let wordLists = servers.map { entry in SwiftName.split(entry.server.description ?? "").words.map { $0.lowercased() } }
        let common = wordLists.dropFirst().reduce(Set(wordLists.first ?? [])) { $0.intersection($1) }
        var names = wordLists.map { words in
            SwiftName.unescapedMemberName(words.filter { !common.contains($0) }.joined(separator: " "))
        }
        if servers.count == 1 { names = ["default"] }
        let distinct = Set(names).count == names.count && !names.contains("_unnamed")
            && names.allSatisfy { !SwiftName.keywords.contains($0) || $0 == "default" }
        if !distinct { names = servers.indices.map { "server\($0 + 1)" } }
        return zip(names, servers).map { name, entry in
            var doc = SwiftEscaping.docComment(entry.server.description ?? "")
            if !doc.isEmpty { doc.append("///") }
            doc.append("/// " + SwiftEscaping.docCode(entry.url))
            // `{a-b}` and `{a_b}` would both be the parameter `aB`; `url` is the function's local.
            let variableNames = SwiftName.distinctMemberNames(entry.server.variables.map(\.name), reserved: ["url"])
            for (index, plain) in variableNames.renamed.sorted(by: { $0.key < $1.key }) {
                diagnostics.warning(
                    "variables of server '\(entry.server.url)' share the Swift name '\(plain)'; '\(entry.server.variables[index].name)' is named '\(variableNames.names[index])'",
                    at: entry.server.location
                )
            }
            let variables = entry.server.variables.enumerated().map { index, variable in
                var text = SwiftEscaping.docCodeText(variable.description ?? "")
                if let values = variable.enumValues, !values.isEmpty {
                    text += (text.isEmpty ? "" : " ") + "One of " + values.map { "`\(SwiftEscaping.docCodeText($0))`" }.joined(separator: ", ") + "."
                }
                return ServerVariableContext(
                    name: variableNames.names[index],
                    placeholderLiteral: SwiftEscaping.stringLiteral("{\(variable.name)}"),
                    defaultLiteral: SwiftEscaping.stringLiteral(variable.defaultValue),
                    doc: text,
                    separator: index == entry.server.variables.count - 1 ? "" : ", "
                )
            }
            return ServerContext(
                name: name == "default" ? "`default`" : name, doc: doc,
                urlLiteral: SwiftEscaping.stringLiteral(entry.url),
                templateLiteral: SwiftEscaping.stringLiteral(entry.server.url),
                variables: variables
            )
        }
    }
}
