/// A documented success status and how its body is read.
public struct SuccessContext: Sendable {
    /// It matches one status code (exactly one of `isCode`, `isRange` and `isDefault` is `true`).
    public var isCode: Bool
    /// It matches a range of codes (`2XX`).
    public var isRange: Bool
    /// It matches any status (`default`).
    public var isDefault: Bool
    /// The status code (`200`), for `isCode`.
    public var code: String
    /// The first code of a range (`200` for `2XX`), for `isRange`.
    public var rangeStart: String
    /// The first code after the range (`300` for `2XX`), for `isRange`.
    public var rangeEnd: String
    /// The body is decoded from JSON (how the body is read: when the status has a body, exactly
    /// one of `readsJSON`, `readsText` and `readsData` is `true`).
    public var readsJSON: Bool
    /// The body is read as UTF-8 text (`String`).
    public var readsText: Bool
    /// The body is kept as bytes (`Data`).
    public var readsData: Bool
    /// The Swift type the JSON body decodes to (for `readsJSON`).
    public var decodedType: String
    /// When the output's body is an enum by status: this status's case (`ok`, `noContent`), else empty.
    public var caseName: String
    /// `true` when `caseName` is not empty.
    public var isCase: Bool
    /// `true` when the status has a body (a case then has an associated value).
    public var hasValue: Bool

    /// A status key of the spec's `responses`.
    public enum Status: Sendable {
        case code(Int), range(Int), `default`
    }

    /// How a success body is read.
    public enum Reading: Sendable {
        case json(String), text, data
    }

    public init(status: Status, reading: Reading?, caseName: String = "") {
        var code = "", start = "", end = ""
        switch status {
        case .code(let value): code = String(value)
        case .range(let first):
            start = String(first * 100)
            end = String(first * 100 + 100)
        case .default: break
        }
        self.isCode = !code.isEmpty
        self.isRange = !start.isEmpty
        self.isDefault = code.isEmpty && start.isEmpty
        self.code = code
        self.rangeStart = start
        self.rangeEnd = end
        var decoded = ""
        var text = false, data = false
        switch reading {
        case .json(let type): decoded = type
        case .text: text = true
        case .data: data = true
        case nil: break
        }
        self.readsJSON = !decoded.isEmpty
        self.readsText = text
        self.readsData = data
        self.decodedType = decoded
        self.caseName = caseName
        self.isCase = !caseName.isEmpty
        self.hasValue = reading != nil
    }
}

/// A typed response header: an accessor on `OperationOutput`.
public struct OutputHeaderContext: Sendable {
    /// The Swift property name (`xRequestID`).
    public var name: String
    /// The header name as a Swift literal.
    public var nameLiteral: String
    /// Doc comment lines.
    public var doc: [String]
    /// The accessor's Swift type, without the `?` (`Int`, `Date`, an enum's type), from the
    /// header's schema; `String` when the operations document the header with different types.
    public var type: String
    /// Read as the text itself (how the value is read: exactly one of `isText`, `isNumber`,
    /// `isBool`, `isDate`, `isUUID` and `isEnum` is `true`; a value that does not parse is `nil`).
    public var isText: Bool
    /// An integer or floating-point number (`Int`, `Int32`, `Int64`, `Double`, `Float`).
    public var isNumber: Bool
    /// `true` or `false`.
    public var isBool: Bool
    /// A `date-time`: ISO 8601, or an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
    public var isDate: Bool
    /// A `uuid`.
    public var isUUID: Bool
    /// A value of the enum schema `type` names, by its raw value.
    public var isEnum: Bool

    /// How a header's value is read, and as which Swift type.
    public enum Reading: Sendable, Equatable {
        case text, number(String), bool, date, uuid, enumeration(String)
    }

    public init(name: String, nameLiteral: String, doc: [String], reading: Reading = .text) {
        self.name = name
        self.nameLiteral = nameLiteral
        self.doc = doc
        switch reading {
        case .text: type = "String"
        case .number(let swift), .enumeration(let swift): type = swift
        case .bool: type = "Bool"
        case .date: type = "Date"
        case .uuid: type = "UUID"
        }
        self.isText = reading == .text
        if case .number = reading { isNumber = true } else { isNumber = false }
        self.isBool = reading == .bool
        self.isDate = reading == .date
        self.isUUID = reading == .uuid
        if case .enumeration = reading { isEnum = true } else { isEnum = false }
    }
}

/// A case of an output's `Body` enum (success statuses with different bodies).
public struct BodyCaseContext: Sendable {
    /// The case name (`ok`, `created`, `noContent`, `status299`…).
    public var name: String
    /// The associated value's type, or empty for a status without body.
    public var type: String
    /// `true` when `type` is not empty.
    public var hasValue: Bool

    public init(name: String, type: String) {
        self.name = name
        self.type = type
        self.hasValue = !type.isEmpty
    }
}
