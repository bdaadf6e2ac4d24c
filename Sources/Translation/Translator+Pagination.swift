import Basics
import Diagnostics
import OpenAPIModel
import YAML

/// The spec's names for an operation's pagination: its cursor query parameter, and the paths of the
/// response properties holding the next page's cursor and the page's items.
struct PaginationFields: Equatable {
    var cursor: String
    var next: [String]
    var items: [String]

    /// `paging.next`, as messages and docs name a path.
    static func text(_ path: [String]) -> String {
        path.joined(separator: ".")
    }
}

/// What decided an operation's pagination, as `--verbose` says.
enum PaginationSource: String {
    case detected
    case configuration = "the configuration's 'pagination'"
    case extensionKey = "its 'x-pagination'"
}

extension Translator {
    /// Query parameters taken for a cursor, compared without case, `_` and `-`.
    static let cursorParameterNames: Set<String> = [
        "cursor", "pagecursor", "after", "pagetoken", "nexttoken", "startingafter", "continuationtoken",
    ]
    /// Response properties taken for the next page's cursor, at the top of the body or inside one
    /// of `pagingObjectNames` (`paging.next`), where one named like the cursor parameter counts too.
    static let nextCursorNames: Set<String> = [
        "next", "nextcursor", "nextpagecursor", "nextpagetoken", "nexttoken", "nextcontinuationtoken", "continuationtoken",
    ]
    static let pagingObjectNames: Set<String> = ["paging", "pagination", "pageinfo", "meta", "responsemetadata"]

    static func comparableName(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// The operation's page and item sequences, or `nil` when it is not paginated.
    ///
    /// The configuration's `pagination` entry for the operation wins, then the operation's
    /// `x-pagination` (`false`, or a mapping of `cursor`, `next` and `items`), then detection, which
    /// is conservative: exactly one optional string query parameter named like a cursor
    /// (`cursorParameterNames`), exactly one string property of the response body named like a next
    /// cursor (`nextCursorNames`, at the top or one level down in a `paging` object…, where the cursor
    /// parameter's own name counts too: `paging.after` for `after`), and exactly one
    /// array property at the top of the body for the items. Anything else is not paginated; with
    /// `--verbose`, notes say which operations are and why a likely one is not.
    mutating func pagination(
        _ operation: Operation, path: PathEntry, methodName: String, signature: ParameterSignature,
        body: RequestBodyArgument?, responses: ResponseTranslation, types: [ModelContext], remark: String
    ) -> PaginationContext? {
        let operationID = operation.operationId ?? methodName
        let fields: PaginationFields
        let source: PaginationSource
        var extensionLocation: SourceLocation?
        if let id = operation.operationId, let override = options.pagination[id] {
            guard case .fields(let cursor, let next, let items) = override else { return nil }
            fields = PaginationFields(cursor: cursor, next: Self.pathNames(next), items: Self.pathNames(items))
            source = .configuration
        } else if let node = operation.extensions.first(where: { $0.key.string == "x-pagination" })?.value {
            if node.bool == false { return nil }
            extensionLocation = node.location
            guard let given = extensionFields(node, operationID: operationID) else { return nil }
            fields = given
            source = .extensionKey
        } else {
            guard let cursor = detectedCursor(operation, path: path, operationID: operationID) else { return nil }
            switch pageBodyObject(operation, responses: responses, types: types).map({ detectedFields(cursor: cursor, in: $0) }) ?? .failure("the success response is not one JSON object") {
            case .success(let detected): fields = detected
            case .failure(let reason):
                notPaginated(operationID, cursor: cursor, reason: reason.text, at: operation.location)
                return nil
            }
            source = .detected
        }
        let outcome = pageBodyObject(operation, responses: responses, types: types).map {
            paginationContext(fields, body: $0, methodName: methodName, signature: signature, requestBody: body, remark: remark)
        } ?? .failure("the success response is not one JSON object")
        switch outcome {
        case .success(let context):
            diagnostics.emit(Diagnostic(
                .note,
                "'\(operationID)' is paginated (\(source.rawValue)): cursor parameter '\(fields.cursor)', next cursor '\(PaginationFields.text(fields.next))', items '\(PaginationFields.text(fields.items))'",
                at: operation.location
            ))
            return context
        case .failure(let reason):
            switch source {
            case .detected:
                notPaginated(operationID, cursor: fields.cursor, reason: reason.text, at: operation.location)
            case .configuration:
                diagnostics.error("pagination.\(operationID): \(reason.text)", at: nil)
            case .extensionKey:
                diagnostics.warning("x-pagination of '\(operationID)': \(reason.text); the operation is not paginated", at: extensionLocation)
            }
            return nil
        }
    }

    /// `paging.next` → `["paging", "next"]`.
    static func pathNames(_ text: String) -> [String] {
        text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    private mutating func notPaginated(_ operationID: String, cursor: String, reason: String, at location: SourceLocation) {
        diagnostics.emit(Diagnostic(.note, "'\(operationID)' is not paginated although '\(cursor)' looks like a cursor: \(reason)", at: location))
    }

    /// The fields an `x-pagination` mapping gives; a warning and `nil` when it is malformed.
    private mutating func extensionFields(_ node: Node, operationID: String) -> PaginationFields? {
        let names = ["cursor", "next", "items"]
        var values: [String: String] = [:]
        for pair in node.pairs ?? [] {
            guard let key = pair.key.string, names.contains(key), let value = pair.value.string, !value.isEmpty else {
                values = [:]
                break
            }
            values[key] = value
        }
        guard let cursor = values["cursor"], let next = values["next"], let items = values["items"] else {
            diagnostics.warning(
                "x-pagination of '\(operationID)' must be false or a mapping of 'cursor', 'next' and 'items' to names; the operation is not paginated",
                at: node.location
            )
            return nil
        }
        return PaginationFields(cursor: cursor, next: Self.pathNames(next), items: Self.pathNames(items))
    }

    /// The one query parameter named like a cursor; several are noted and give `nil`.
    private mutating func detectedCursor(_ operation: Operation, path: PathEntry, operationID: String) -> String? {
        let candidates = document.parameters(for: operation, in: path.item)
            .filter { $0.location == .query && Self.cursorParameterNames.contains(Self.comparableName($0.name)) }
            .map(\.name)
        guard candidates.count <= 1 else {
            notPaginated(operationID, cursor: candidates[0], reason: "several parameters look like a cursor (\(Self.quotedList(candidates)))", at: operation.location)
            return nil
        }
        return candidates.first
    }

    /// The next cursor's and the items' paths in a page body, found by their names and types.
    private mutating func detectedFields(cursor: String, in body: PageObject) -> Result<PaginationFields, PaginationFailure> {
        var next: [[String]] = []
        var items: [[String]] = []
        for property in body.properties {
            if Self.nextCursorNames.contains(Self.comparableName(property.specName)), isCursorText(property) {
                next.append([property.specName])
            }
            if isArray(property) { items.append([property.specName]) }
            guard Self.pagingObjectNames.contains(Self.comparableName(property.specName)),
                  let inner = pageObject(property.schema, typeName: property.context.valueType, outer: body, declared: body.model.nested)
            else { continue }
            // Inside a paging object, a property named like the cursor parameter holds the next
            // cursor too (`paging.after` for `after`).
            let innerNames = Self.nextCursorNames.union([Self.comparableName(cursor)])
            for innerProperty in inner.properties
            where innerNames.contains(Self.comparableName(innerProperty.specName)) && isCursorText(innerProperty) {
                next.append([property.specName, innerProperty.specName])
            }
        }
        guard next.count == 1 else {
            return .failure(next.isEmpty
                ? "no string property of the response holds the next page's cursor"
                : "several properties of the response could hold the next page's cursor (\(Self.quotedList(next.map(PaginationFields.text))))")
        }
        guard items.count == 1 else {
            return .failure(items.isEmpty
                ? "the response has no array property for the items"
                : "several array properties of the response could hold the items (\(Self.quotedList(items.map(PaginationFields.text))))")
        }
        return .success(PaginationFields(cursor: cursor, next: next[0], items: items[0]))
    }

    static func quotedList(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}

/// Why an operation is not paginated, as a message says it.
struct PaginationFailure: Error, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    init(stringLiteral value: String) {
        text = value
    }

    init(stringInterpolation: DefaultStringInterpolation) {
        text = String(stringInterpolation: stringInterpolation)
    }
}
