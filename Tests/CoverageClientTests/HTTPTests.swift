// The generated client over URLSessionTransport against a loopback server: what each kind of
// parameter and body looks like on the wire, and how each kind of response comes back.

import CoverageClient
import Foundation
import HTTPTypes
import LoopbackServer
import OpenAPIRuntime
import Testing

@Suite struct ResponseTests {
    static let catJSON = #"{"huntingSkill":"lazy","name":"Tom","petType":"cat"}"#

    @Test func status201DecodesTheCreatedBody() async throws {
        let (output, _) = try await withClient(respond: { _ in .json(#"{"id":"p1","location":"/pets/p1"}"#, status: 201) }) { client in
            try await client.upsertPet(petId: "p1", body: .cat(Cat(petType: "cat", name: "Tom", huntingSkill: .lazy)))
        }
        #expect(output.status == 201)
        guard case .created(let created) = output.body else {
            Issue.record("expected .created, got \(output.body)")
            return
        }
        #expect(created == PetCreated(id: "p1", location: "/pets/p1"))
    }

    @Test func status200DecodesTheOkBody() async throws {
        let (output, _) = try await withClient(respond: { _ in .json(Self.catJSON) }) { client in
            try await client.upsertPet(petId: "p1", body: .cat(Cat(petType: "cat", name: "Tom", huntingSkill: .lazy)))
        }
        #expect(output.status == 200)
        guard case .ok(let pet) = output.body else {
            Issue.record("expected .ok, got \(output.body)")
            return
        }
        #expect(pet == .cat(Cat(petType: "cat", name: "Tom", huntingSkill: .lazy)))
    }

    @Test func status202HasACaseWithoutBody() async throws {
        let (output, _) = try await withClient(respond: { _ in ScriptedResponse(status: 202) }) { client in
            try await client.upsertPet(petId: "p1", body: .undocumented(.object(["petType": .string("fish")])))
        }
        guard case .accepted = output.body else {
            Issue.record("expected .accepted, got \(output.body)")
            return
        }
    }

    @Test func status204HasNoBody() async throws {
        let (output, request) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.deletePet(petId: "a/b")
        }
        #expect(output.status == 204)
        #expect(request?.method == "DELETE")
        #expect(request?.path == "/v1/pets/a%2Fb")
        // No Accept of its own (URLSession adds `*/*`).
        #expect(request?.header("Accept") != "application/json")
    }

    @Test func defaultResponseThrowsTheErrorSchema() async throws {
        let problem = #"{"detail":"no such pet","status":404,"title":"Not Found"}"#
        await #expect {
            _ = try await withClient(respond: { _ in .json(problem, status: 404) }) { client in
                try await client.deletePet(petId: "p9")
            }
        } throws: { error in
            guard let error = error as? APIError<Problem> else { return false }
            return error.status == 404 && error.body == Problem(title: "Not Found", status: 404, detail: "no such pet")
        }
    }

    @Test func textPlainResponseIsAString() async throws {
        let text = "line 1\nzwölf ✓"
        let (output, request) = try await withClient(
            respond: { _ in ScriptedResponse(status: 200, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(text.utf8)) }
        ) { client in
            try await client.getNote(noteId: 42)
        }
        #expect(output.body == text)
        #expect(request?.path == "/v1/notes/42")
        #expect(request?.header("Accept") == "text/plain")
    }

    @Test(arguments: [200, 206, 299])
    func rangeResponseMatchesEveryStatusInIt(status: Int) async throws {
        let bytes = Data([0, 1, 2, 254, 255])
        let (output, request) = try await withClient(
            respond: { _ in ScriptedResponse(status: status, headers: [("Content-Type", "application/octet-stream")], body: bytes) }
        ) { client in
            try await client.getBlob(blobId: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00CF4FC964FF")!)
        }
        #expect(output.status == status)
        #expect(output.body == bytes)
        #expect(request?.header("Accept") == "application/octet-stream")
    }

    @Test func aStatusOutsideTheRangeFails() async throws {
        await #expect(throws: APIError<JSONValue>.self) {
            _ = try await withClient(respond: { _ in ScriptedResponse(status: 304) }) { client in
                try await client.getBlob(blobId: UUID())
            }
        }
    }

    @Test func responseHeaderByReference() async throws {
        let (output, _) = try await withClient(respond: { _ in .json("[\(Self.catJSON)]", headers: [("X-Rate-Limit", "99")]) }) { client in
            try await client.listPets(xTraceID: "t")
        }
        #expect(output.xRateLimit == "99")
        #expect(output.body == [.cat(Cat(petType: "cat", name: "Tom", huntingSkill: .lazy))])
    }

    @Test(arguments: ["2024-02-29T12:30:00Z", "2024-02-29T12:30:00.250Z", "2024-02-29T13:30:00+01:00"])
    func dateTimesWithAndWithoutFractionalSeconds(text: String) async throws {
        let (output, request) = try await withClient(respond: { request in
            .json(#"{"formats":{"dateTime":"\#(text)"}}"#)
        }) { client in
            try await client.echoModels(body: Everything(formats: Formats(dateTime: Date(timeIntervalSince1970: 1_709_209_800.25))))
        }
        let expected = Date(timeIntervalSince1970: text.contains(".250") ? 1_709_209_800.25 : 1_709_209_800)
        #expect(output.body.formats?.dateTime == expected)
        // Dates are sent with fractional seconds.
        #expect(request.map { String(decoding: $0.body, as: UTF8.self) } == #"{"formats":{"dateTime":"2024-02-29T12:30:00.250Z"}}"#)
    }

    @Test func aDateWithoutTimeZoneFailsToDecode() async throws {
        await #expect(throws: ResponseDecodingError.self) {
            _ = try await withClient(respond: { _ in .json(#"{"formats":{"dateTime":"2024-02-29T12:30:00"}}"#) }) { client in
                try await client.echoModels(body: Everything())
            }
        }
    }
}

@Suite struct RequestTests {
    @Test func pathLevelAndOperationParametersAreMerged() async throws {
        let (_, request) = try await withClient(respond: { _ in .json(ResponseTests.catJSON) }) { client in
            try await client.getPetsByPetId(petId: "p 1", fields: "name,petType")
        }
        #expect(request?.path == "/v1/pets/p%201")
        #expect(request?.query == "fields=name%2CpetType")
    }

    @Test(arguments: [
        ([1, 2], nil, nil, ["ids=1&ids=2"]),
        (nil, ["1", "2"], nil, ["tags=1,2"]),
        (nil, ["a", "b c", "d,e"], nil, ["tags=a,b%20c,d%2Ce"]),
        // `|` is not allowed in a URI query: URLComponents, which URLSessionTransport parses the
        // request target with, percent-encodes it; another transport may send it as written.
        (nil, nil, [1, 2], ["levels=1|2", "levels=1%7C2"]),
        ([], nil, nil, [""]),
        (nil, nil, nil, [""]),
    ] as [([Int]?, [String]?, [Int]?, [String])])
    func eachQueryArrayStyleOnTheWire(ids: [Int]?, tags: [String]?, levels: [Int]?, accepted: [String]) async throws {
        let (_, request) = try await withClient(respond: { _ in .json("[]") }) { client in
            try await client.searchItems(ids: ids, tags: tags, levels: levels)
        }
        let query = try #require(request?.query)
        #expect(accepted.contains(query))
    }

    /// The pipe separator is sent percent-encoded: a raw `|` is not allowed in a query, and
    /// URLSessionTransport would then encode the whole query again (`b%20c` → `b%2520c`).
    @Test func allQueryArrayStylesTogether() async throws {
        let (_, request) = try await withClient(respond: { _ in .json("[]") }) { client in
            try await client.searchItems(ids: [1, 2], tags: ["a", "b c"], levels: [1, 2])
        }
        let query = try #require(request?.query)
        #expect(query.hasPrefix("ids=1&ids=2&tags=a,b"))
        #expect(query == "ids=1&ids=2&tags=a,b%20c&levels=1%7C2")
    }

    @Test func headerParametersAreSent() async throws {
        let (_, request) = try await withClient(respond: { _ in .json("[]") }) { client in
            try await client.listPets(limit: 5, xTraceID: "trace-1", xRetryCount: 2)
        }
        #expect(request?.header("X-Trace-ID") == "trace-1")
        #expect(request?.header("X-Retry-Count") == "2")
        #expect(request?.query == "limit=5")
    }

    @Test func optionalHeaderParametersAreLeftOut() async throws {
        let (_, request) = try await withClient(respond: { _ in .json("[]") }) { client in
            try await client.listPets(xTraceID: "trace-2")
        }
        #expect(request?.header("X-Trace-ID") == "trace-2")
        #expect(request?.header("X-Retry-Count") == nil)
        #expect(request?.query == "")
    }

    @Test func aReferencedParameterKeepsItsConstraints() async throws {
        await #expect(throws: RequestValidationError(parameter: "limit", problem: "must be at most 100")) {
            _ = try await withClient(respond: { _ in .json("[]") }) { client in
                try await client.listPets(limit: 101, xTraceID: "t")
            }
        }
    }

    @Test func jsonBodyIsSentWithItsContentType() async throws {
        let (_, request) = try await withClient(respond: { _ in ScriptedResponse(status: 202) }) { client in
            try await client.upsertPet(petId: "p1", body: .dog(Dog(petType: "dog", name: "Rex", packSize: 2)))
        }
        #expect(request?.method == "PUT")
        #expect(request?.header("Content-Type") == "application/json")
        #expect(request.map { String(decoding: $0.body, as: UTF8.self) } == #"{"name":"Rex","packSize":2,"petType":"dog"}"#)
    }

    @Test func anOptionalBodyLeftOutSendsNoBody() async throws {
        let (_, request) = try await withClient(respond: { _ in .json(ResponseTests.catJSON) }) { client in
            try await client.patchPet(petId: "p1")
        }
        #expect(request?.method == "PATCH")
        #expect(request?.header("Content-Type") == nil)
        #expect(request?.body.isEmpty == true)
    }

    @Test func anOptionalBodyGivenIsSent() async throws {
        let (_, request) = try await withClient(respond: { _ in .json(ResponseTests.catJSON) }) { client in
            try await client.patchPet(petId: "p1", body: PetPatch(name: "Tim"))
        }
        #expect(request?.header("Content-Type") == "application/json")
        #expect(request.map { String(decoding: $0.body, as: UTF8.self) } == #"{"name":"Tim"}"#)
    }

    @Test func formBodyIsURLEncoded() async throws {
        let (_, request) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.login(body: LoginForm(a: 1, b: "x y"))
        }
        #expect(request?.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request?.body == Data("a=1&b=x%20y".utf8))
    }

    @Test func multipartBodyCarriesTheFileBytesBetweenBoundaries() async throws {
        let file = Data([0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D, 0x41])  // NUL, 0xFF, CRLF, "--A"
        let (output, received) = try await withClient(respond: { _ in .json(#"{"size":7}"#, status: 201) }) { client in
            try await client.uploadFile(body: UploadFileRequest(file: MultipartFile(data: file), description: "a test"))
        }
        #expect(output.body == UploadResult(size: 7))
        let request = try #require(received)
        let contentType = try #require(request.header("Content-Type"))
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        #expect(!boundary.isEmpty)

        var expected = Data("--\(boundary)\r\n".utf8)
        expected.append(Data("Content-Disposition: form-data; name=\"description\"\r\n\r\na test\r\n".utf8))
        expected.append(Data("--\(boundary)\r\n".utf8))
        expected.append(Data("Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n".utf8))
        expected.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
        expected.append(file)
        expected.append(Data("\r\n--\(boundary)--\r\n".utf8))
        #expect(request.body == expected)
    }
}

/// The generated method body declares locals of its own (`query`, `request`, `response`,
/// `sender`…, listed by the operation template): parameters with those names keep their labels
/// and still reach the wire.
@Suite struct ParametersNamedLikeLocalsTests {
    @Test func everyParameterNamedLikeALocalIsSent() async throws {
        let (output, request) = try await withClient(respond: { _ in ScriptedResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data("echo".utf8)) }) { client in
            try await client.shadowLocals(
                request: "r/1", query: "q", operationID: "op", response: 7, sender: "s", encodedBody: "e",
                cookies: "c", cookieHeader: "h", body: "payload"
            )
        }
        #expect(output.body == "echo")
        #expect(request?.path == "/v1/locals/r%2F1")
        #expect(request?.query == "query=q&operationID=op&response=7")
        #expect(request?.header("sender") == "s")
        #expect(request?.header("encodedBody") == "e")
        #expect(request?.header("Cookie") == "cookies=c; cookieHeader=h")
        #expect(request.map { String(decoding: $0.body, as: UTF8.self) } == "payload")
    }
}

/// Inline enum parameters have types of their own (`BrowseCatalogParameters.Status`) and are sent
/// by their raw values, in every place a parameter goes.
@Suite struct InlineEnumParameterTests {
    @Test func eachKindOfParameterIsSentByItsRawValue() async throws {
        let (_, request) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.browseCatalog(
                kind: .fishBowl, status: .onHold, colors: [.red, .lightBlue], order: [.asc, .desc], xLevel: .value2
            )
        }
        #expect(request?.path == "/v1/catalog/fish%2Fbowl")
        #expect(request?.query == "status=on%20hold&colors=red&colors=light%20blue&order=asc,desc")
        #expect(request?.header("X-Level") == "2")
    }

    @Test func aValueTheSpecDoesNotListIsSentAsGiven() async throws {
        let (_, request) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.browseCatalog(kind: .undocumented("bird"), status: .undocumented("lost & found"), colors: [.undocumented("a,b")])
        }
        #expect(request?.path == "/v1/catalog/bird")
        #expect(request?.query == "status=lost%20%26%20found&colors=a%2Cb")
        #expect(request?.header("X-Level") == nil)
    }

    @Test func theTypesAreNestedInTheOperationsNamespace() {
        let kind: BrowseCatalogParameters.Kind = .fishBowl
        #expect(kind.rawValue == "fish/bowl")
        #expect(BrowseCatalogParameters.Status(rawValue: "on hold") == .onHold)
        #expect(BrowseCatalogParameters.Colors(rawValue: "light blue") == .lightBlue)
        #expect(BrowseCatalogParameters.Order(rawValue: "desc") == .desc)
        #expect(BrowseCatalogParameters.XLevel(rawValue: 3) == .value3)
    }
}

/// A body in several content types: the argument is an enum with one case per content type, and
/// the case given decides the `Content-Type` and the encoding.
@Suite struct RequestContentTypeTests {
    private func send(_ body: ImportRecordsRequestBody) async throws -> RecordedRequest {
        let (_, request) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.importRecords(body: body)
        }
        return try #require(request)
    }

    @Test func jsonCase() async throws {
        let request = try await send(.json(LoginForm(a: 1, b: "x y")))
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.body == Data(#"{"a":1,"b":"x y"}"#.utf8))
    }

    @Test func urlEncodedFormCase() async throws {
        let request = try await send(.urlEncodedForm(LoginForm(a: 1, b: "x y")))
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.body == Data("a=1&b=x%20y".utf8))
    }

    @Test func multipartFormCase() async throws {
        let file = Data("id,name\n1,Tom\n".utf8)
        let request = try await send(
            .multipartForm(ImportRecordsRequestMultipartForm(file: MultipartFile(data: file, filename: "pets.csv", contentType: "text/csv"), note: "n"))
        )
        let boundary = try multipartBoundary(request)
        var expected = Data("--\(boundary)\r\n".utf8)
        expected.append(Data("Content-Disposition: form-data; name=\"file\"; filename=\"pets.csv\"\r\n".utf8))
        expected.append(Data("Content-Type: text/csv\r\n\r\n".utf8))
        expected.append(file)
        expected.append(Data("\r\n--\(boundary)\r\n".utf8))
        expected.append(Data("Content-Disposition: form-data; name=\"note\"\r\n\r\nn\r\n".utf8))
        expected.append(Data("--\(boundary)--\r\n".utf8))
        #expect(request.body == expected)
    }

    @Test func aMediaTypeWithoutItsOwnNameIsACaseNamedByItsWords() async throws {
        let request = try await send(.applicationMergePatchJson(ImportRecordsRequestApplicationMergePatchJson(b: "z")))
        #expect(request.header("Content-Type") == "application/merge-patch+json")
        #expect(request.body == Data(#"{"b":"z"}"#.utf8))
    }

    @Test func binaryCase() async throws {
        let bytes = Data([0x00, 0xFF, 0x0D, 0x0A])
        let request = try await send(.binary(bytes))
        #expect(request.header("Content-Type") == "application/octet-stream")
        #expect(request.body == bytes)
    }

    @Test func plainTextCase() async throws {
        let request = try await send(.plainText("zwölf ✓"))
        #expect(request.header("Content-Type") == "text/plain")
        #expect(request.body == Data("zwölf ✓".utf8))
    }

    @Test func anOptionalBodyInSeveralContentTypesMayBeLeftOut() async throws {
        let (_, left) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.putAvatar(userId: "u1")
        }
        #expect(left?.header("Content-Type") == nil)
        #expect(left?.body.isEmpty == true)
        let (_, given) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.putAvatar(userId: "u1", body: .binary(Data([1, 2, 3])))
        }
        #expect(given?.header("Content-Type") == "application/octet-stream")
        #expect(given?.body == Data([1, 2, 3]))
    }
}

/// Multipart file parts carry a file name and a content type: the file's own, else the spec's
/// (`encoding.<part>.contentType`, the first of a list; else the property's `contentMediaType`),
/// else `application/octet-stream`.
@Suite struct MultipartFileTests {
    @Test func filePartsCarryTheirFileNameAndContentType() async throws {
        let image = Data([0x89, 0x50, 0x4E, 0x47])
        let (_, received) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.putAvatar(
                userId: "u1",
                body: .multipartForm(
                    AvatarUpload(
                        image: MultipartFile(data: image, filename: "me.png"),
                        thumbnails: [MultipartFile(data: Data([1])), MultipartFile(data: Data([2]), filename: "t2.avif", contentType: "image/avif")],
                        caption: "hi"
                    )
                )
            )
        }
        let request = try #require(received)
        let boundary = try multipartBoundary(request)
        var expected = Data("--\(boundary)\r\n".utf8)
        expected.append(Data("Content-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n".utf8))
        expected.append(Data("--\(boundary)\r\n".utf8))
        expected.append(Data("Content-Disposition: form-data; name=\"image\"; filename=\"me.png\"\r\n".utf8))
        expected.append(Data("Content-Type: image/png\r\n\r\n".utf8))
        expected.append(image)
        expected.append(Data("\r\n--\(boundary)\r\n".utf8))
        expected.append(Data("Content-Disposition: form-data; name=\"thumbnails\"; filename=\"thumbnails\"\r\n".utf8))
        expected.append(Data("Content-Type: image/webp\r\n\r\n".utf8))
        expected.append(Data([1]))
        expected.append(Data("\r\n--\(boundary)\r\n".utf8))
        expected.append(Data("Content-Disposition: form-data; name=\"thumbnails\"; filename=\"t2.avif\"\r\n".utf8))
        expected.append(Data("Content-Type: image/avif\r\n\r\n".utf8))
        expected.append(Data([2]))
        expected.append(Data("\r\n--\(boundary)--\r\n".utf8))
        #expect(request.body == expected)
    }

    /// A file name cannot end the quotes or the header, and a content type cannot add a header.
    @Test func aHostileFileNameAndContentTypeStayInTheirHeader() async throws {
        let file = MultipartFile(data: Data([7]), filename: "a\"b\r\nX-Injected: 1\\.png", contentType: "image/png\r\nX-Injected: 2")
        let (_, received) = try await withClient(respond: { _ in ScriptedResponse(status: 204) }) { client in
            try await client.putAvatar(userId: "u1", body: .multipartForm(AvatarUpload(image: file)))
        }
        let request = try #require(received)
        let boundary = try multipartBoundary(request)
        var expected = Data("--\(boundary)\r\n".utf8)
        expected.append(Data("Content-Disposition: form-data; name=\"image\"; filename=\"a%22b%0D%0AX-Injected: 1\\.png\"\r\n".utf8))
        expected.append(Data("Content-Type: image/pngX-Injected: 2\r\n\r\n".utf8))
        expected.append(Data([7]))
        expected.append(Data("\r\n--\(boundary)--\r\n".utf8))
        #expect(request.body == expected)
    }

    @Test func inJSONAFileIsItsBytesInBase64() throws {
        #expect(try encode(MultipartFile(data: Data([1, 2]), filename: "x", contentType: "a/b")) == #""AQI=""#)
        #expect(try decode(MultipartFile.self, #""AQI=""#) == MultipartFile(data: Data([1, 2])))
    }
}

/// The boundary of a multipart request's `Content-Type`.
private func multipartBoundary(_ request: RecordedRequest) throws -> String {
    let contentType = try #require(request.header("Content-Type"))
    let prefix = "multipart/form-data; boundary="
    #expect(contentType.hasPrefix(prefix))
    let boundary = String(contentType.dropFirst(prefix.count))
    #expect(!boundary.isEmpty)
    return boundary
}
