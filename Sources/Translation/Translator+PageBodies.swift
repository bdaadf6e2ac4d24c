import Basics
import Diagnostics
import OpenAPIModel

/// A struct of a page's body: its declaration (the Swift names) beside its schema (the spec's
/// names), one `PageProperty` per stored property.
struct PageObject {
    var model: ModelContext
    var properties: [PageProperty]
    /// How the type is written outside the body type (`GetPetsResponse`, `GetPetsResponse.Paging`),
    /// so the types nested in it can be named from the client's extension.
    var qualifiedName: String
}

struct PageProperty {
    var specName: String
    var context: PropertyContext
    var schema: Schema
}

extension Translator {
    /// The success body as a struct, when the operation has one JSON body type for every success.
    mutating func pageBodyObject(_ operation: Operation, responses: ResponseTranslation, types: [ModelContext]) -> PageObject? {
        guard responses.bodyCases.isEmpty, !responses.bodyType.isEmpty, responses.successes.allSatisfy(\.readsJSON) else { return nil }
        // The first success in the order `responseContexts` reads them: codes, then ranges and default.
        let ordered = operation.responses.filter { if case .code = $0.status { true } else { false } }
            + operation.responses.filter { if case .code = $0.status { false } else { true } }
        guard let entry = ordered.first(where: { $0.status.isSuccess }),
              let schema = document.resolve(entry.response).content.first(where: { Self.isJSON($0.name) })?.value.schema
        else { return nil }
        return pageObject(schema, typeName: responses.bodyType, outer: nil, declared: types)
    }

    /// The struct a schema is declared as: a component's (named by the naming rules again, on a
    /// scratch copy so no diagnostic is repeated), or an inline one among `declared`.
    mutating func pageObject(_ schema: Schema, typeName: String, outer: PageObject?, declared: [ModelContext]) -> PageObject? {
        let resolved = document.resolveSchema(schema)
        guard !isReferenceWrapper(resolved.schema), let object = flattenedObject(resolved.schema) else { return nil }
        let model: ModelContext
        let qualifiedName: String
        if let name = resolved.name {
            guard options.types[name] == nil, schemaTypeNames[name] == typeName else { return nil }
            var scratch = self
            scratch.diagnostics = DiagnosticCollector()
            scratch.currentComponent = name
            scratch.enclosingTypes = []
            model = scratch.structModel(swiftName: typeName, object: object, doc: [])
            qualifiedName = typeName
        } else {
            guard let inline = declared.first(where: { $0.name == typeName && $0.isStruct }) else { return nil }
            model = inline
            qualifiedName = outer.map { $0.qualifiedName + "." + typeName } ?? typeName
        }
        // `structModel` declares one property per property of the object, in order.
        guard model.properties.count == object.properties.count else { return nil }
        let properties = zip(object.properties, model.properties).map { entry, context in
            PageProperty(specName: entry.name, context: context, schema: entry.value)
        }
        return PageObject(model: model, properties: properties, qualifiedName: qualifiedName)
    }

    /// The properties along `names` from `body`, with the struct holding the last one.
    mutating func propertyPath(_ names: [String], in body: PageObject) -> (steps: [PropertyStepContext], last: PageProperty, holder: PageObject)? {
        var holder = body
        var steps: [PropertyStepContext] = []
        for (index, name) in names.enumerated() {
            guard let property = holder.properties.first(where: { $0.specName == name }), !property.context.deprecated else { return nil }
            let isLast = index == names.count - 1
            steps.append(PropertyStepContext(name: property.context.name, isOptional: property.context.decodesIfPresent, isLast: isLast))
            if isLast { return (steps, property, holder) }
            guard let inner = pageObject(property.schema, typeName: property.context.valueType, outer: holder, declared: holder.model.nested) else {
                return nil
            }
            holder = inner
        }
        return nil
    }

    /// A string that is not a link (`format: uri`): a cursor to send back as it came.
    func isCursorText(_ property: PageProperty) -> Bool {
        let format = document.resolveSchema(property.schema).schema.format ?? ""
        return property.context.valueType == "String" && !property.context.deprecated
            && !["uri", "url", "uri-reference", "iri"].contains(format.lowercased())
    }

    func isArray(_ property: PageProperty) -> Bool {
        let type = property.context.valueType
        return !property.context.deprecated && document.resolveSchema(property.schema).schema.types.contains(.array)
            && type.hasPrefix("[") && type.hasSuffix("]") && !type.contains(":")
    }

    /// The sequences for `fields`, or why they cannot be made.
    mutating func paginationContext(
        _ fields: PaginationFields, body: PageObject, methodName: String, signature: ParameterSignature,
        requestBody: RequestBodyArgument?, remark: String
    ) -> Result<PaginationContext, PaginationFailure> {
        let cursorLiteral = SwiftEscaping.stringLiteral(fields.cursor)
        guard let cursor = signature.parameters.first(where: { $0.isQuery && $0.nameLiteral == cursorLiteral }) else {
            return .failure("the operation has no query parameter '\(fields.cursor)'")
        }
        guard cursor.type == "String", cursor.isScalar, cursor.isOptional else {
            return .failure("the cursor parameter '\(fields.cursor)' is not an optional string")
        }
        guard let next = propertyPath(fields.next, in: body), isCursorText(next.last) else {
            return .failure("the response has no string property '\(PaginationFields.text(fields.next))' for the next page's cursor")
        }
        guard let items = propertyPath(fields.items, in: body), isArray(items.last) else {
            return .failure("the response has no array property '\(PaginationFields.text(fields.items))' for the items")
        }
        let pagesName = SwiftName.escaped(methodName + "Pages")
        let itemsName = SwiftName.escaped(methodName + "Items")
        if let clash = [pagesName, itemsName].first(where: isOperationMethodName) {
            return .failure("an operation's method is already named '\(clash)'")
        }
        var parameters = signature.parameters.filter { $0.label != cursor.label }
        for index in parameters.indices {
            parameters[index].separator = index == parameters.count - 1 ? "" : ","
        }
        let arguments = signature.parameters.map { parameter in
            PageArgumentContext(
                label: Self.argumentLabel(parameter.label), name: parameter.name, isCursor: parameter.label == cursor.label,
                separator: parameter.separator
            )
        }
        let element = String(items.last.context.valueType.dropFirst().dropLast())
        let itemType = Self.qualifying(element, names: Set(items.holder.model.nested.map(\.name)), in: items.holder.qualifiedName)
        var parameterDocs = signature.docs.filter { $0.name != cursor.label }
        if let requestBody { parameterDocs.append((requestBody.argument, requestBody.description)) }
        let docs = paginationDocs(
            fields, methodName: SwiftName.escaped(methodName), pagesName: pagesName, parameterDocs: parameterDocs, remark: remark
        )
        return .success(PaginationContext(
            pagesMethodName: pagesName, itemsMethodName: itemsName, pagesDoc: docs.pages, itemsDoc: docs.items,
            parameters: parameters, arguments: arguments, nextPath: next.steps, itemsPath: items.steps, itemType: itemType
        ))
    }

    /// Whether an operation's method has this name. Only the operations whose method name can end
    /// in `Pages` or `Items` count: the others cannot clash with a sequence method.
    private func isOperationMethodName(_ name: String) -> Bool {
        let suffix = Array(name.utf8.suffix(5).reversed())
        let renames = !options.operationNames.isEmpty
        return operationsByMethodName[name]?.contains { renames || Self.hasSuffix($0, reversedLetters: suffix) } ?? false
    }

    /// Fills `operationsByMethodName`, once: every paginated operation looks its sequence methods'
    /// names up there, and naming every operation again for each of them made pagination quadratic.
    mutating func indexOperationMethodNames() {
        for entry in document.paths {
            for operation in entry.item.operations {
                operationsByMethodName[SwiftName.escaped(methodName(operation, path: entry.path)), default: []]
                    .append(operation.operationId ?? entry.path)
            }
        }
    }

    /// Whether `text` ends with these ASCII letters (given last first), ignoring case, `_` and `-`;
    /// without building a string, since it runs over every operation.
    private static func hasSuffix(_ text: String, reversedLetters: [UInt8]) -> Bool {
        var expected = reversedLetters.makeIterator()
        var next = expected.next()
        for byte in text.utf8.reversed() where byte != UInt8(ascii: "_") && byte != UInt8(ascii: "-") {
            guard let letter = next else { return true }
            guard byte | 0x20 == letter | 0x20 else { return false }
            next = expected.next()
        }
        return next == nil
    }

    /// A parameter's label as a call writes it: a call takes any keyword as a label but `inout`,
    /// `var` and `let`, and warns about the backticks of the others.
    static func argumentLabel(_ label: String) -> String {
        let plain = label.replacingAll("`", with: "")
        return ["inout", "var", "let"].contains(plain) ? label : plain
    }

    /// `type` with each of `names` (types nested in another) written as `outer.Name`.
    static func qualifying(_ type: String, names: Set<String>, in outer: String) -> String {
        guard !names.isEmpty else { return type }
        var result = ""
        var word = ""
        func flush() {
            if names.contains(word), result.last != "." { result += outer + "." }
            result += word
            word = ""
        }
        for character in type {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    private func paginationDocs(
        _ fields: PaginationFields, methodName: String, pagesName: String, parameterDocs: [(name: String, text: String)],
        remark: String
    ) -> (pages: [String], items: [String]) {
        let cursor = "`" + SwiftEscaping.docCodeText(fields.cursor) + "`"
        let next = "`" + SwiftEscaping.docCodeText(PaginationFields.text(fields.next)) + "`"
        let items = "`" + SwiftEscaping.docCodeText(PaginationFields.text(fields.items)) + "`"
        var parameters: [String] = []
        if !parameterDocs.isEmpty {
            parameters.append("/// - Parameters:")
            for (name, text) in parameterDocs {
                parameters += calloutItem("///   - \(name.replacingAll("`", with: "")):", text, indent: "///     ")
            }
        }
        let pages = [
            "/// The pages of `\(methodName)`, each requested as the sequence is iterated.",
            "///",
            "/// The first page is requested without \(cursor), each next one with the \(next) of the page",
            "/// before. The sequence ends after a page without one (or with an empty or repeated one). An",
            "/// error ends it, thrown from the iterator's `next()`; so does cancelling the task",
            "/// (`CancellationError`, checked before each page).",
            "///",
        ] + parameters + [
            "/// - Returns: Each page's output (body, status and headers), in order.",
            remark,
        ]
        let itemsDoc = [
            "/// The items of every page of `\(methodName)`, in order.",
            "///",
            "/// They are the \(items) of each page of `\(pagesName)`, requested page by page as the",
            "/// sequence is iterated; errors and cancellation end it as they end the pages.",
            "///",
        ] + parameters + [
            "/// - Returns: The items, in order.",
            remark,
        ]
        return (pages, itemsDoc)
    }
}
