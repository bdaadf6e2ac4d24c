import Testing
@testable import Translation

/// Response headers get the Swift type of their schema; one accessor per name serves every
/// operation, so a header the operations type differently is read as text.
@Suite struct ResponseHeaderTranslationTests {
    @Test func eachSchemaGivesItsTypeAndHowItIsRead() throws {
        let result = try translate(spec("""
            paths:
              /a:
                get:
                  operationId: headers
                  responses:
                    '200':
                      description: ok
                      headers:
                        Int: {schema: {type: integer}}
                        Int32: {schema: {type: integer, format: int32}}
                        Int64: {schema: {type: integer, format: int64}}
                        Double: {schema: {type: number}}
                        Float: {schema: {type: number, format: float}}
                        Bool: {schema: {type: boolean}}
                        Date: {schema: {type: string, format: date-time}}
                        UUID: {schema: {type: string, format: uuid}}
                        Mode: {schema: {$ref: '#/components/schemas/Mode'}}
                        Inline: {schema: {type: string, enum: [a, b]}}
                        Text: {schema: {type: string}}
                        List: {schema: {type: array, items: {type: integer}}}
                        Alias: {schema: {$ref: '#/components/schemas/Count'}}
                        Shared: {$ref: '#/components/headers/Shared'}
                        Content: {content: {application/json: {schema: {type: object}}}}
            components:
              headers:
                Shared: {schema: {type: boolean}}
              schemas:
                Mode: {type: string, enum: [fast, slow]}
                Count: {type: integer}
            """))
        #expect(result.warnings == [])
        let headers = try #require(result.operation("headers")).outputHeaders
        let types = Dictionary(uniqueKeysWithValues: headers.map { ($0.nameLiteral, $0.type) })
        #expect(types == [
            #""Int""#: "Int", #""Int32""#: "Int32", #""Int64""#: "Int64", #""Double""#: "Double", #""Float""#: "Float",
            #""Bool""#: "Bool", #""Date""#: "Date", #""UUID""#: "UUID", #""Mode""#: "Mode", #""Inline""#: "String",
            #""Text""#: "String", #""List""#: "String", #""Alias""#: "Int", #""Shared""#: "Bool", #""Content""#: "String",
        ])
        for header in headers {
            let flags = [header.isText, header.isNumber, header.isBool, header.isDate, header.isUUID, header.isEnum]
            #expect(flags.filter { $0 }.count == 1, "\(header.nameLiteral)")
            let expected: Int
            switch header.type {
            case "String": expected = 0
            case "Int", "Int32", "Int64", "Double", "Float": expected = 1
            case "Bool": expected = 2
            case "Date": expected = 3
            case "UUID": expected = 4
            default: expected = 5
            }
            #expect(flags.firstIndex(of: true) == expected, "\(header.nameLiteral)")
        }
    }

    @Test func operationsThatDisagreeOnATypeGetText() throws {
        let result = try translate(spec("""
            paths:
              /a:
                get:
                  operationId: first
                  responses:
                    '200':
                      description: ok
                      headers:
                        Retry-After: {description: Seconds to wait., schema: {type: integer}}
                        X-Count: {schema: {type: integer}}
              /b:
                get:
                  operationId: second
                  responses:
                    '200':
                      description: ok
                      headers:
                        Retry-After: {schema: {type: integer, format: int64}}
                        X-Count: {schema: {type: integer}}
            """))
        let accessors = try #require(result.client).responseHeaders
        #expect(accessors.map(\.name) == ["retryAfter", "xCount"])
        #expect(accessors.map(\.type) == ["String", "Int"])
        #expect(accessors.map(\.isText) == [true, false])
        #expect(accessors[0].doc == [
            "/// Seconds to wait.", "///", "/// Read as text: the operations document this header with different types.",
        ])
        // Each operation keeps its own reading; only the shared accessor falls back.
        #expect(result.operation("second")?.outputHeaders.map(\.type) == ["Int64", "Int"])
    }
}
