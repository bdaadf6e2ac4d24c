import FireblocksAuth
import FireblocksConnectedAccounts
import Foundation
import Logging
import OpenAPIRuntime

extension Client {
    /// A client for the Fireblocks API, set up from the environment Fireblocks' own SDKs use:
    /// `FIREBLOCKS_API_KEY`, `FIREBLOCKS_SECRET_KEY` (PEM text or a file path) and, optionally,
    /// `FIREBLOCKS_BASE_PATH` (else `serverURL`). Every request is signed (`FireblocksAuth`), and a
    /// beta or deprecated endpoint is logged once (`FireblocksLifecycleLogger`).
    ///
    /// - Parameters:
    ///   - serverURL: The server when `FIREBLOCKS_BASE_PATH` is not set.
    ///   - transport: Sends the requests, e.g. `URLSessionTransport()`.
    ///   - middlewares: Yours, called before the signing one (so a retry middleware's attempts
    ///     are each signed anew).
    ///   - retryPolicy: Retries of 429, 503 and connection failures (idempotent requests only);
    ///     `RetryPolicy()` by default, since Fireblocks answers 429 when a rate limit is reached.
    ///     Each attempt is signed anew.
    ///   - logger: Where lifecycle notices go.
    ///   - environment: The variables; the process's own by default.
    /// - Throws: `FireblocksAuthError` naming a missing variable or what is wrong with the key.
    public static func fireblocks(
        serverURL: URL = FireblocksServers.production,
        transport: any ClientTransport,
        middlewares: [any ClientMiddleware] = [],
        retryPolicy: RetryPolicy? = RetryPolicy(),
        logger: Logger = Logger(label: "fireblocks"),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Client {
        let auth = try FireblocksAuth(environment: environment)
        let server = try FireblocksAuth.serverURL(environment: environment) ?? serverURL
        return Client(
            serverURL: server,
            transport: transport,
            middlewares: [FireblocksLifecycleLogger(logger: logger)] + middlewares + [auth],
            retryPolicy: retryPolicy
        )
    }
}
