// The JWT payload Fireblocks verifies, and the two claims computed from the request itself.

import Crypto
import Foundation
import JWTKit

/// The claims of a Fireblocks request token.
struct FireblocksClaims: JWTPayload, Equatable {
    var uri: String
    var nonce: String
    /// Whole seconds since 1970, as Fireblocks expects (not jwt-kit's fractional dates).
    var iat: Int
    var exp: Int
    var sub: String
    var bodyHash: String

    /// Only Fireblocks verifies these tokens.
    func verify(using algorithm: some JWTAlgorithm) async throws {}

    /// The request target as the transport will send it: the server URL's path (`/v1`), then the
    /// operation's path and query, each still percent-encoded.
    ///
    /// Split and joined the way swift-openapi-urlsession and swift-openapi-async-http-client build
    /// the URL they send, so the signed text is the text on the wire.
    static func uri(baseURL: URL, path: String?) -> String {
        let basePath = URLComponents(string: baseURL.absoluteString)?.percentEncodedPath ?? ""
        guard let components = URLComponents(string: path ?? "") else { return basePath + (path ?? "") }
        var uri = basePath + components.percentEncodedPath
        if let query = components.percentEncodedQuery {
            uri += "?" + query
        }
        return uri
    }

    /// The lowercase hex SHA-256 of the body bytes.
    static func bodyHash(_ body: Data) -> String {
        SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
    }
}
