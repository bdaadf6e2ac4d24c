// Which operations get page and item sequences: detection (conservative, off when ambiguous),
// the `x-pagination` extension and the configuration's `pagination` entries, and what the context
// holds for the templates.

import Diagnostics
import OpenAPIModel
import Testing
@testable import Translation

/// Translates one `GET /things` operation (`listThings`) with these parameters and this 200 body
/// schema, plus any component schemas.
private func listThings(
    parameters: String, body: String, operationExtras: String = "", schemas: String = "",
    pagination: [String: PaginationOverride] = [:]
) throws -> (operation: OperationContext?, errors: [String], notes: [String], warnings: [String]) {
    let yaml = spec("""
        paths:
          /things:
            get:
              operationId: listThings
        \(operationExtras.indented(6))
              parameters:
        \(parameters.indented(8))
              responses:
                '200':
                  description: A page
                  content:
                    application/json:
                      schema:
        \(body.indented(16))
        components:
          schemas:
            Thing: {type: object, properties: {id: {type: string}}}
        \(schemas.indented(4))
        """)
    var diagnostics = DiagnosticCollector()
    let document = try Document.load(bytes: Array(yaml.utf8), file: "t.yaml", diagnostics: &diagnostics)
    var options = TranslationOptions(specFileName: "t.yaml")
    options.pagination = pagination
    do {
        let files = try Translator.translate(document, options: options, diagnostics: &diagnostics)
        let operation = files.flatMap(\.operations).first { $0.methodName == "listThings" }
        return (operation, [], messages(diagnostics, .note), messages(diagnostics, .warning))
    } catch {
        return (nil, error.diagnostics.filter { $0.severity == .error }.map(\.message), messages(diagnostics, .note), messages(diagnostics, .warning))
    }
}

private func messages(_ diagnostics: DiagnosticCollector, _ severity: Diagnostic.Severity) -> [String] {
    diagnostics.diagnostics.filter { $0.severity == severity }.map(\.message)
}

private extension String {
    /// Every line indented by `count` spaces (for text spliced into YAML).
    func indented(_ count: Int) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(repeating: " ", count: count) + $0 }.joined(separator: "\n")
    }
}

private let cursorAndLimit = """
    - {name: limit, in: query, schema: {type: integer}}
    - {name: pageCursor, in: query, schema: {type: string}}
    """

private let nextAndData = """
    type: object
    required: [data]
    properties:
      data: {type: array, items: {$ref: '#/components/schemas/Thing'}}
      next: {type: string}
      total: {type: integer}
    """

@Suite struct PaginationDetectionTests {
    @Test func aCursorParameterANextStringAndOneArrayArePaginated() throws {
        let result = try listThings(parameters: cursorAndLimit, body: nextAndData)
        let pagination = try #require(result.operation?.pagination)
        #expect(pagination.pagesMethodName == "listThingsPages")
        #expect(pagination.itemsMethodName == "listThingsItems")
        #expect(pagination.parameters.map(\.label) == ["limit"])
        #expect(pagination.parameters.map(\.separator) == [""])
        #expect(pagination.hasParameters)
        #expect(pagination.arguments.map(\.label) == ["limit", "pageCursor"])
        #expect(pagination.arguments.map(\.isCursor) == [false, true])
        #expect(pagination.arguments.map(\.name) == ["limit", ""])
        #expect(pagination.nextPath.map(\.name) == ["next"])
        #expect(pagination.itemsPath.map(\.name) == ["data"])
        #expect(pagination.itemType == "Thing")
        #expect(!pagination.itemsMayBeAbsent)
        #expect(result.notes == ["'listThings' is paginated (detected): cursor parameter 'pageCursor', next cursor 'next', items 'data'"])
        #expect(pagination.pagesDoc.contains("/// - Parameters:"))
        #expect(pagination.pagesDoc.last == "/// - Remark: Generated from `GET /things` (`listThings`).")
    }

    /// A call takes a keyword as a label without backticks (and warns about them), but not as a
    /// value.
    @Test func theCallsSpellKeywordLabelsPlain() throws {
        let parameters = """
            - {name: protocol, in: query, schema: {type: string}}
            - {name: pageCursor, in: query, schema: {type: string}}
            - {name: var, in: query, schema: {type: string}}
            """
        let pagination = try #require(try listThings(parameters: parameters, body: nextAndData).operation?.pagination)
        #expect(pagination.parameters.map(\.label) == ["`protocol`", "`var`"])
        #expect(pagination.arguments.map(\.label) == ["protocol", "pageCursor", "`var`"])
        #expect(pagination.arguments.map(\.name) == ["`protocol`", "", "`var`"])
        #expect(pagination.pageArguments.map(\.label) == ["protocol", "`var`"])
        #expect(pagination.pageArguments.map(\.separator) == [",", ""])
    }

    @Test func theNextCursorMayBeOneLevelDownAndTheItemsInline() throws {
        let body = """
            type: object
            properties:
              entries:
                type: array
                items: {type: object, properties: {id: {type: string}}}
              paging:
                type: object
                properties:
                  next: {type: string}
            """
        let result = try listThings(parameters: "- {name: cursor, in: query, schema: {type: string}}", body: body)
        let pagination = try #require(result.operation?.pagination)
        #expect(pagination.nextPath.map(\.name) == ["paging", "next"])
        #expect(pagination.nextPath.map(\.isOptionalChain) == [true, false])
        #expect(pagination.itemsMayBeAbsent)
        // The element type is nested in the body type, so the client's extension qualifies it.
        #expect(pagination.itemType.hasPrefix("ListThingsResponse."))
        #expect(pagination.parameters.isEmpty)
        #expect(!pagination.hasParameters)
    }

    @Test func aPagingObjectMayHoldTheCursorUnderTheParametersName() throws {
        let body = """
            type: object
            properties:
              accounts: {type: array, items: {$ref: '#/components/schemas/Thing'}}
              paging: {$ref: '#/components/schemas/Paging'}
            """
        let parameters = """
            - {name: before, in: query, schema: {type: string}}
            - {name: after, in: query, schema: {type: string}}
            """
        let result = try listThings(
            parameters: parameters, body: body, schemas: "Paging: {type: object, properties: {before: {type: string}, after: {type: string}}}"
        )
        let pagination = try #require(result.operation?.pagination)
        #expect(pagination.nextPath.map(\.name) == ["paging", "after"])
        #expect(pagination.arguments.map(\.isCursor) == [false, true])
    }

    /// An operation that is detectable but for one thing, which the note names.
    struct NearMiss: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var parameters = cursorAndLimit
        var body = nextAndData
        var cursor = "pageCursor"
        var reason: String
    }

    static let nearMisses = [
        NearMiss(
            testDescription: "two cursors", parameters: "- {name: cursor, in: query, schema: {type: string}}\n- {name: after, in: query, schema: {type: string}}",
            cursor: "cursor", reason: "several parameters look like a cursor ('cursor', 'after')"
        ),
        NearMiss(
            testDescription: "a required cursor", parameters: "- {name: pageCursor, in: query, required: true, schema: {type: string}}",
            reason: "the cursor parameter 'pageCursor' is not an optional string"
        ),
        NearMiss(
            testDescription: "an integer cursor", parameters: "- {name: after, in: query, schema: {type: integer}}",
            cursor: "after", reason: "the cursor parameter 'after' is not an optional string"
        ),
        NearMiss(
            testDescription: "an integer next", body: "type: object\nproperties:\n  data: {type: array, items: {type: string}}\n  next: {type: integer}",
            reason: "no string property of the response holds the next page's cursor"
        ),
        NearMiss(
            testDescription: "a next link", body: "type: object\nproperties:\n  data: {type: array, items: {type: string}}\n  next: {type: string, format: uri}",
            reason: "no string property of the response holds the next page's cursor"
        ),
        NearMiss(
            testDescription: "two next cursors",
            body: "type: object\nproperties:\n  data: {type: array, items: {type: string}}\n  next: {type: string}\n  paging: {type: object, properties: {next: {type: string}}}",
            reason: "several properties of the response could hold the next page's cursor ('next', 'paging.next')"
        ),
        NearMiss(
            testDescription: "two arrays",
            body: "type: object\nproperties:\n  data: {type: array, items: {type: string}}\n  errors: {type: array, items: {type: string}}\n  next: {type: string}",
            reason: "several array properties of the response could hold the items ('data', 'errors')"
        ),
        NearMiss(
            testDescription: "no array", body: "type: object\nproperties:\n  data: {$ref: '#/components/schemas/Thing'}\n  next: {type: string}",
            reason: "the response has no array property for the items"
        ),
        NearMiss(testDescription: "an array body", body: "type: array\nitems: {type: string}", reason: "the success response is not one JSON object"),
    ]

    @Test(arguments: nearMisses)
    func ambiguityTurnsItOff(_ nearMiss: NearMiss) throws {
        let result = try listThings(parameters: nearMiss.parameters, body: nearMiss.body)
        #expect(result.operation != nil)
        #expect(result.operation?.pagination == nil)
        #expect(result.notes == ["'listThings' is not paginated although '\(nearMiss.cursor)' looks like a cursor: \(nearMiss.reason)"])
        #expect(result.warnings.isEmpty)
    }

    @Test func anOperationWithoutACursorLikeParameterIsNotPaginatedSilently() throws {
        let result = try listThings(parameters: "- {name: page, in: query, schema: {type: string}}", body: nextAndData)
        #expect(result.operation?.pagination == nil)
        #expect(result.notes.isEmpty)
    }

    @Test func aSequenceMethodNameThatAnOperationHasTurnsItOff() throws {
        let yaml = spec("""
            paths:
              /things:
                get:
                  operationId: listThings
                  parameters: [{name: cursor, in: query, schema: {type: string}}]
                  responses:
                    '200':
                      description: A page
                      content: {application/json: {schema: {type: object, properties: {data: {type: array, items: {type: string}}, next: {type: string}}}}}
              /things/pages:
                get:
                  operationId: listThingsPages
                  responses: {'204': {description: none}}
            """)
        let result = try translate(yaml)
        #expect(result.operation("listThings")?.pagination == nil)
        #expect(result.warnings.contains { $0.hasSuffix("looks like a cursor: an operation's method is already named 'listThingsPages'") })
    }
}

@Suite struct PaginationOverrideTests {
    private let otherNames = """
        type: object
        properties:
          results: {type: array, items: {type: string}}
          meta: {type: object, properties: {continueFrom: {type: string}}}
        """

    @Test func xPaginationNamesTheFields() throws {
        let result = try listThings(
            parameters: "- {name: from, in: query, schema: {type: string}}", body: otherNames,
            operationExtras: "x-pagination: {cursor: from, next: meta.continueFrom, items: results}"
        )
        let pagination = try #require(result.operation?.pagination)
        #expect(pagination.nextPath.map(\.name) == ["meta", "continueFrom"])
        #expect(pagination.itemsPath.map(\.name) == ["results"])
        #expect(pagination.itemType == "String")
        #expect(result.notes == ["'listThings' is paginated (its 'x-pagination'): cursor parameter 'from', next cursor 'meta.continueFrom', items 'results'"])
    }

    @Test func xPaginationFalseTurnsDetectionOff() throws {
        let result = try listThings(parameters: cursorAndLimit, body: nextAndData, operationExtras: "x-pagination: false")
        #expect(result.operation?.pagination == nil)
        #expect(result.notes.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: [
        ("x-pagination: {cursor: pageCursor, next: next}", "x-pagination of 'listThings' must be false or a mapping of 'cursor', 'next' and 'items' to names; the operation is not paginated"),
        ("x-pagination: yes", "x-pagination of 'listThings' must be false or a mapping of 'cursor', 'next' and 'items' to names; the operation is not paginated"),
        ("x-pagination: {cursor: pageCursor, next: total, items: data}", "x-pagination of 'listThings': the response has no string property 'total' for the next page's cursor; the operation is not paginated"),
        ("x-pagination: {cursor: limit, next: next, items: data}", "x-pagination of 'listThings': the cursor parameter 'limit' is not an optional string; the operation is not paginated"),
    ])
    func aMalformedXPaginationIsAWarning(_ extras: String, _ warning: String) throws {
        let result = try listThings(parameters: cursorAndLimit, body: nextAndData, operationExtras: extras)
        #expect(result.operation?.pagination == nil)
        #expect(result.warnings == [warning])
    }

    @Test func theConfigurationWinsOverTheSpec() throws {
        let fields = PaginationOverride.fields(cursor: "from", next: "meta.continueFrom", items: "results")
        let result = try listThings(
            parameters: "- {name: from, in: query, schema: {type: string}}", body: otherNames,
            operationExtras: "x-pagination: false", pagination: ["listThings": fields]
        )
        #expect(result.operation?.pagination?.nextPath.map(\.name) == ["meta", "continueFrom"])
        #expect(result.notes.first?.contains("(the configuration's 'pagination')") == true)
        let off = try listThings(parameters: cursorAndLimit, body: nextAndData, pagination: ["listThings": .off])
        #expect(off.operation?.pagination == nil)
        #expect(off.notes.isEmpty)
    }

    @Test func aConfigurationThatDoesNotFitIsAnError() throws {
        let fields = PaginationOverride.fields(cursor: "pageCurser", next: "next", items: "data")
        let result = try listThings(parameters: cursorAndLimit, body: nextAndData, pagination: ["listThings": fields])
        #expect(result.errors == ["pagination.listThings: the operation has no query parameter 'pageCurser'"])
    }
}

@Suite struct RetryFactsTests {
    @Test(arguments: [
        ("- {name: Idempotency-Key, in: header, schema: {type: string}}", #""Idempotency-Key""#),
        ("- {name: idempotency-key, in: header, schema: {type: string}}", #""idempotency-key""#),
        // A key the caller must give needs none of the client's; other headers are not keys.
        ("- {name: Idempotency-Key, in: header, required: true, schema: {type: string}}", ""),
        ("- {name: X-Idempotency, in: header, schema: {type: string}}", ""),
        ("- {name: Idempotency-Key, in: query, schema: {type: string}}", ""),
    ])
    func anOptionalIdempotencyKeyHeaderIsDeclared(_ parameters: String, _ literal: String) throws {
        let result = try listThings(parameters: parameters, body: nextAndData)
        #expect(result.operation?.idempotencyKeyLiteral == literal)
        #expect(result.operation?.declaresIdempotencyKey == !literal.isEmpty)
    }

    /// A schema named like a support type the sequences or the retries use gets another name.
    @Test(arguments: ["RetryPolicy", "PageSequence", "PageItemSequence"])
    func theSupportTypesNamesAreReserved(_ name: String) {
        #expect(SwiftName.typeName(name) == name + "Model")
    }

    @Test(arguments: [
        ("Datum", "Body.Datum"),
        ("[Datum]", "[Body.Datum]"),
        ("Datum?", "Body.Datum?"),
        ("[String: Datum]", "[String: Body.Datum]"),
        ("Thing", "Thing"),
        ("DatumValue", "DatumValue"),
        ("Other.Datum", "Other.Datum"),
    ])
    func nestedTypesAreQualified(_ element: String, _ expected: String) {
        #expect(Translator.qualifying(element, names: ["Datum"], in: "Body") == expected)
    }
}
