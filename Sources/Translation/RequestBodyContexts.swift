/// One content type of a request body that offers several: a case of the operation's body enum
/// (`CreatePetRequestBody.json(Pet)`) and how that case is sent.
public struct BodyContentContext: Sendable {
    /// The case name: `json`, `urlEncodedForm`, `multipartForm`, `binary`, `plainText` for the
    /// usual media types, else the media type's words (`applicationMergePatchJson`).
    public var caseName: String
    /// The associated value's Swift type.
    public var type: String
    /// Doc comment lines of the case (its media type).
    public var doc: [String]
    /// The media type, sent as the `Content-Type`, as a Swift literal.
    public var contentTypeLiteral: String
    /// Encoded as JSON (how the case is sent: exactly one of the five `sends…` flags is `true`).
    public var sendsJSON: Bool
    /// Encoded as `application/x-www-form-urlencoded`.
    public var sendsForm: Bool
    /// Encoded as `multipart/form-data`.
    public var sendsMultipart: Bool
    /// Sent as raw bytes (`Data`).
    public var sendsBinary: Bool
    /// Sent as UTF-8 text.
    public var sendsText: Bool
    /// Multipart: the spec's content type of each file part, used when the file gives none.
    public var partContentTypes: [PartContentTypeContext]
    /// `true` when `partContentTypes` is not empty.
    public var hasPartContentTypes: Bool

    public init(
        caseName: String, type: String, doc: [String], contentTypeLiteral: String, encoding: OperationContext.BodyEncoding,
        partContentTypes: [PartContentTypeContext] = []
    ) {
        self.caseName = caseName
        self.type = type
        self.doc = doc
        self.contentTypeLiteral = contentTypeLiteral
        self.sendsJSON = encoding == .json
        self.sendsForm = encoding == .form
        self.sendsMultipart = encoding == .multipart
        self.sendsBinary = encoding == .binary
        self.sendsText = encoding == .text
        self.partContentTypes = partContentTypes
        self.hasPartContentTypes = !partContentTypes.isEmpty
    }
}

/// The content type the spec gives a multipart file part (its `encoding.<name>.contentType`, else
/// the property's `contentMediaType`), sent when the `MultipartFile` names none.
public struct PartContentTypeContext: Sendable {
    /// The part's name (the property's name in the spec) as a Swift literal.
    public var nameLiteral: String
    /// The content type as a Swift literal.
    public var contentTypeLiteral: String
    /// `, ` after every part but the last.
    public var separator: String

    public init(nameLiteral: String, contentTypeLiteral: String, separator: String = ", ") {
        self.nameLiteral = nameLiteral
        self.contentTypeLiteral = contentTypeLiteral
        self.separator = separator
    }
}
