// Configuration from the environment variables Fireblocks' own SDKs and examples use.

import Foundation

extension FireblocksAuth {
    /// Creates the middleware from `FIREBLOCKS_API_KEY` and `FIREBLOCKS_SECRET_KEY`.
    ///
    /// `FIREBLOCKS_SECRET_KEY` holds either the PEM text of the key or the path of its PEM file.
    ///
    /// - Parameter environment: The variables; the process's own by default.
    /// - Throws: `FireblocksAuthError.missingEnvironmentVariable` naming the variable that is not set,
    ///   `.secretKeyVariableUnusable`, or what reading the key throws.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let apiKey = try Self.required("FIREBLOCKS_API_KEY", in: environment)
        let secret = try Self.required("FIREBLOCKS_SECRET_KEY", in: environment)
        let secretKey: FireblocksSecretKey
        if secret.contains("-----BEGIN ") {
            secretKey = try FireblocksSecretKey(pem: secret)
        } else if FileManager.default.isReadableFile(atPath: secret) {
            secretKey = try FireblocksSecretKey(contentsOfFile: secret)
        } else {
            throw FireblocksAuthError.secretKeyVariableUnusable
        }
        try self.init(apiKey: apiKey, secretKey: secretKey)
    }

    /// The server URL `FIREBLOCKS_BASE_PATH` names (e.g. `https://sandbox-api.fireblocks.io/v1`),
    /// or `nil` when it is not set.
    ///
    /// - Parameter environment: The variables; the process's own by default.
    /// - Throws: `FireblocksAuthError.invalidBasePath` when the value is not an absolute `http` or
    ///   `https` URL with a host.
    public static func serverURL(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> URL? {
        guard let value = environment["FIREBLOCKS_BASE_PATH"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        guard let url = URL(string: value), ["http", "https"].contains(url.scheme?.lowercased()),
            url.host?.isEmpty == false
        else { throw FireblocksAuthError.invalidBasePath(value) }
        return url
    }

    /// A variable's value without surrounding whitespace (a key pasted with its newline still
    /// works); empty counts as missing.
    private static func required(_ name: String, in environment: [String: String]) throws -> String {
        guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw FireblocksAuthError.missingEnvironmentVariable(name)
        }
        return value
    }
}
