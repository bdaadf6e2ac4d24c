import FireblocksConnectedAccounts
import Foundation
import HTTPTypes

/// What the `Fireblocks-Lifecycle-State` response header says about an endpoint: in beta, or
/// deprecated, with the `Sunset` date and the `Link` to its documentation when the response has them.
public struct FireblocksLifecycle: Sendable, Hashable, CustomStringConvertible {
    /// The endpoint's state as sent (`beta`, `deprecated`, or another value Fireblocks may add).
    public var state: String
    /// When a deprecated endpoint stops working (`Sunset`, an HTTP date), if the response says.
    public var sunset: Date?
    /// The `Link` header as sent (the documentation or the replacement), if any.
    public var link: String?

    public static let stateField = HTTPField.Name("Fireblocks-Lifecycle-State")!
    static let sunsetField = HTTPField.Name("Sunset")!
    static let linkField = HTTPField.Name("Link")!

    /// The lifecycle the headers describe, or `nil` when they have no `Fireblocks-Lifecycle-State`.
    public init?(headerFields: HTTPFields) {
        guard let state = headerFields[Self.stateField]?.trimmingCharacters(in: .whitespaces), !state.isEmpty else { return nil }
        self.state = state.lowercased()
        self.sunset = headerFields[Self.sunsetField].flatMap(Self.httpDate)
        self.link = headerFields[Self.linkField]
    }

    public var isBeta: Bool { state == "beta" }
    public var isDeprecated: Bool { state == "deprecated" }

    public var description: String {
        var text = state
        if let sunset { text += ", sunset " + Self.formatter().string(from: sunset) }
        if let link { text += ", " + link }
        return text
    }

    /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form RFC 9110 requires senders to use.
    static func httpDate(_ text: String) -> Date? {
        formatter().date(from: text.trimmingCharacters(in: .whitespaces))
    }

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}

extension OperationOutput {
    /// The endpoint's lifecycle (beta, deprecated), when the response says.
    public var fireblocksLifecycle: FireblocksLifecycle? { FireblocksLifecycle(headerFields: headerFields) }
}

extension APIError {
    /// The endpoint's lifecycle (beta, deprecated), when the error response says.
    public var fireblocksLifecycle: FireblocksLifecycle? { FireblocksLifecycle(headerFields: headerFields) }
}
