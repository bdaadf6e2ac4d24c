import Basics
import OpenAPIModel

extension Translator {
    /// The method's doc comment: summary, description, then the `- Parameters:`, `- Returns:` and
    /// `- Throws:` callouts (the remark is added by the caller).
    func operationDoc(
        _ operation: Operation, signature: ParameterSignature, body: RequestBodyArgument?, responses: ResponseTranslation
    ) -> [String] {
        var doc: [String] = []
        func paragraph(_ lines: [String]) {
            guard !lines.isEmpty else { return }
            if !doc.isEmpty { doc.append("///") }
            doc += lines
        }
        paragraph(SwiftEscaping.docComment(operation.summary ?? ""))
        if operation.description != operation.summary {
            paragraph(SwiftEscaping.docComment(operation.description ?? ""))
        }
        var callouts: [String] = []
        var parameterDocs = signature.docs
        if let body { parameterDocs.append((body.argument, body.description)) }
        if !parameterDocs.isEmpty {
            callouts.append("/// - Parameters:")
            for (name, text) in parameterDocs {
                callouts += calloutItem("///   - \(name.replacingAll("`", with: "")):", text, indent: "///     ")
            }
        }
        if !responses.returnsText.isEmpty {
            callouts.append("/// - Returns: " + responses.returnsText)
        }
        if let security = operation.security ?? document.security, !security.isEmpty {
            callouts += securityNote(operation, security)
        }
        callouts += [
            "/// - Throws: `RequestValidationError` before sending when an argument breaks the spec's constraints;",
            "///   `APIError<\(responses.failureType)>` for any other status; `ResponseDecodingError` when the body does not",
            "///   match its schema; errors of the transport and middlewares.",
        ]
        paragraph(callouts)
        return doc
    }

    /// Which schemes the operation takes, with the `Credentials` member of each the client sends
    /// itself, and what the client does with them.
    private func securityNote(_ operation: Operation, _ security: [SecurityRequirement]) -> [String] {
        let members = Dictionary(uniqueKeysWithValues: credentialSchemes().map { ($0.specName, $0.member.replacingAll("`", with: "")) })
        let options = security.map { requirement in
            requirement.schemes.isEmpty ? "none" : requirement.schemes.map { scheme in
                var notes = members[scheme.name].map { ["`credentials.\($0)`"] } ?? []
                if !scheme.scopes.isEmpty {
                    notes.append("scopes " + scheme.scopes.map { "`\(SwiftEscaping.docCodeText($0))`" }.joined(separator: ", "))
                }
                return "`\(SwiftEscaping.docCodeText(scheme.name))`" + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")")
            }.joined(separator: " and ")
        }
        let note = "/// - Note: Authentication: " + options.joined(separator: ", or ") + "."
        let alternatives = securityAlternatives(operation, members: members)
        if alternatives.isEmpty { return [note + " Add it with a middleware."] }
        let usage = alternatives.count == 1 && security.count == 1
            ? "The client sends it when its `credentials` have it, else nothing"
            : "The client sends the first of these its `credentials` have in full, else nothing"
        return [note, "///   \(usage); a middleware can add or replace it."]
    }

    /// A callout list item: the first line after the label, further lines indented under it.
    func calloutItem(_ label: String, _ text: String, indent: String) -> [String] {
        let lines = SwiftEscaping.docComment(text).map { $0 == "///" ? "" : String($0.dropFirst(4)) }
        guard let first = lines.first else { return [label] }
        return [label + " " + first] + lines.dropFirst().map { $0.isEmpty ? "///" : indent + $0 }
    }
}
