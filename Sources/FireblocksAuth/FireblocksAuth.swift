// Fireblocks' request authentication as a swift-openapi-runtime middleware: every request, and every
// retried attempt of one, carries the API key and a freshly signed JWT over its URI and body.

import Foundation
import HTTPTypes
import JWTKit
import OpenAPIRuntime

/// Signs every request for the Fireblocks API.
///
/// Adds `X-API-Key`, `Authorization: Bearer <JWT>` and a `User-Agent` naming this client. The JWT
/// (RS256, signed with the user's RSA private key) carries the claims Fireblocks checks: `uri` (the
/// path after the host, with the server URL's `/v1` and the query exactly as sent), `nonce`, `iat`,
/// `exp` (30 seconds later), `sub` (the API key) and `bodyHash` (hex SHA-256 of the body bytes sent).
///
/// It signs inside `intercept`, so each attempt of a retried request (a retry middleware placed
/// before this one calls it again) gets its own nonce and timestamps. The body is read into memory
/// to be hashed and passed on as bytes, so it can be sent again.
///
/// ```swift
/// let client = Client(
///     serverURL: try FireblocksAuth.serverURL() ?? Servers.production,
///     transport: URLSessionTransport(),
///     middlewares: [try FireblocksAuth()]  // FIREBLOCKS_API_KEY, FIREBLOCKS_SECRET_KEY
/// )
/// ```
public struct FireblocksAuth: ClientMiddleware {
    /// The `User-Agent` product token this client sends: its name and version.
    public static let userAgent = "openapi-swift-gen-fireblocks/0.4.0"

    /// Seconds from a token's `iat` to its `exp`: the most Fireblocks' documentation allows.
    public static let tokenLifetime = 30

    /// The API key, sent as `X-API-Key` and as the token's `sub`.
    public let apiKey: String
    private let secretKey: FireblocksSecretKey
    private let now: @Sendable () -> Date
    private let nonce: @Sendable () -> UUID

    /// Creates the middleware from an API key and its secret key.
    ///
    /// - Parameters:
    ///   - apiKey: The API user's key.
    ///   - secretKey: The API user's RSA private key.
    ///   - now: The clock giving `iat` (injectable for tests).
    ///   - nonce: Gives each token's `nonce`; must not repeat (injectable for tests).
    /// - Throws: `FireblocksAuthError.emptyAPIKey`.
    public init(
        apiKey: String,
        secretKey: FireblocksSecretKey,
        now: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> UUID = { UUID() }
    ) throws {
        guard !apiKey.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw FireblocksAuthError.emptyAPIKey
        }
        self.apiKey = apiKey
        self.secretKey = secretKey
        self.now = now
        self.nonce = nonce
    }

    /// Creates the middleware from an API key and the PEM text of its secret key.
    ///
    /// - Throws: `FireblocksAuthError` naming what is wrong with the key.
    public init(
        apiKey: String,
        secretKeyPEM: String,
        now: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> UUID = { UUID() }
    ) throws {
        try self.init(apiKey: apiKey, secretKey: FireblocksSecretKey(pem: secretKeyPEM), now: now, nonce: nonce)
    }

    /// Creates the middleware from an API key and the path of its secret key's PEM file.
    ///
    /// - Throws: `FireblocksAuthError` naming what is wrong with the file or the key.
    public init(
        apiKey: String,
        secretKeyFile path: String,
        now: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> UUID = { UUID() }
    ) throws {
        try self.init(apiKey: apiKey, secretKey: FireblocksSecretKey(contentsOfFile: path), now: now, nonce: nonce)
    }

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var bytes: Data?
        if let body {
            bytes = try await Data(collecting: body, upTo: .max)
        }
        let token = try await sign(uri: FireblocksClaims.uri(baseURL: baseURL, path: request.path), body: bytes ?? Data())
        var request = request
        request.headerFields[Self.apiKeyField] = apiKey
        request.headerFields[.authorization] = "Bearer " + token
        request.headerFields[.userAgent] = Self.userAgent(after: request.headerFields[.userAgent])
        return try await next(request, bytes.map { HTTPBody($0) }, baseURL)
    }

    /// A token for one attempt of a request.
    func sign(uri: String, body: Data) async throws -> String {
        let issuedAt = Int(now().timeIntervalSince1970.rounded(.down))
        let claims = FireblocksClaims(
            uri: uri,
            nonce: nonce().uuidString.lowercased(),
            iat: issuedAt,
            exp: issuedAt + Self.tokenLifetime,
            sub: apiKey,
            bodyHash: FireblocksClaims.bodyHash(body)
        )
        // A collection per token: adding the key is actor-isolated, which a synchronous initializer
        // cannot await, and the key was checked there already.
        let keys = JWTKeyCollection()
        await keys.add(rsa: secretKey.key, digestAlgorithm: .sha256)
        return try await keys.sign(claims)
    }

    private static let apiKeyField = HTTPField.Name("X-API-Key")!

    /// Our product token after the caller's own, once.
    private static func userAgent(after existing: String?) -> String {
        guard let existing, !existing.isEmpty else { return userAgent }
        return existing.contains(userAgent) ? existing : existing + " " + userAgent
    }
}
