// What can be wrong with the credentials given to FireblocksAuth, found when it is created, so a
// misconfigured program stops at start-up instead of at its first request.

import Foundation

/// Why a `FireblocksAuth` or a `FireblocksSecretKey` could not be created.
///
/// No case carries key material: the messages are safe to log.
public enum FireblocksAuthError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The API key is empty (or only whitespace).
    case emptyAPIKey
    /// The secret key text has no `-----BEGIN …-----` line.
    case secretKeyNotPEM
    /// The PEM text holds a public key; requests are signed with the private key.
    case secretKeyIsPublic(label: String)
    /// The private key is encrypted with a passphrase; Fireblocks keys are used unencrypted.
    case secretKeyEncrypted
    /// The PEM text holds something other than an RSA private key (its label, e.g. `EC PRIVATE KEY`).
    case unsupportedSecretKey(label: String)
    /// The PEM block is labelled as a private key but its contents are not a readable RSA private
    /// key (truncated, corrupted, or a PKCS#8 key of another algorithm).
    case unreadableSecretKey(label: String)
    /// The RSA key is shorter than the 2048 bits RS256 signing requires.
    case secretKeyTooSmall(bits: Int)
    /// The file that should hold the secret key could not be read.
    case unreadableSecretKeyFile(path: String, reason: String)
    /// A required environment variable is not set, or is empty.
    case missingEnvironmentVariable(String)
    /// `FIREBLOCKS_SECRET_KEY` is neither PEM text nor the path of a readable file. (The value is
    /// not repeated here: it may be a key.)
    case secretKeyVariableUnusable
    /// `FIREBLOCKS_BASE_PATH` is not an absolute `http`/`https` URL.
    case invalidBasePath(String)

    public var description: String {
        switch self {
        case .emptyAPIKey:
            "the Fireblocks API key is empty"
        case .secretKeyNotPEM:
            "the Fireblocks secret key is not PEM text: no '-----BEGIN …-----' line"
        case .secretKeyIsPublic(let label):
            "the Fireblocks secret key is a public key ('\(label)'); give the RSA private key"
        case .secretKeyEncrypted:
            "the Fireblocks secret key is encrypted; give it unencrypted (PKCS#1 or PKCS#8)"
        case .unsupportedSecretKey(let label):
            "the Fireblocks secret key is a '\(label)' block; expected 'RSA PRIVATE KEY' or 'PRIVATE KEY'"
        case .unreadableSecretKey(let label):
            "the Fireblocks secret key's '\(label)' block is not a readable RSA private key"
        case .secretKeyTooSmall(let bits):
            "the Fireblocks secret key has \(bits) bits; RS256 needs at least 2048"
        case .unreadableSecretKeyFile(let path, let reason):
            "cannot read the Fireblocks secret key file '\(path)': \(reason)"
        case .missingEnvironmentVariable(let name):
            "the environment variable \(name) is not set"
        case .secretKeyVariableUnusable:
            "FIREBLOCKS_SECRET_KEY is neither PEM text ('-----BEGIN …-----') nor the path of a readable file"
        case .invalidBasePath(let value):
            "FIREBLOCKS_BASE_PATH '\(value)' is not an absolute http or https URL"
        }
    }
}
