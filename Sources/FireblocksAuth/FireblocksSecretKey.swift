// The API user's RSA private key, parsed and checked once, up front.

import CryptoExtras
import Foundation
import JWTKit

/// The RSA private key of a Fireblocks API user, which signs every request.
///
/// Accepts unencrypted PEM in either of the forms `openssl` writes: PKCS#1
/// (`-----BEGIN RSA PRIVATE KEY-----`) and PKCS#8 (`-----BEGIN PRIVATE KEY-----`), 2048 bits or more.
public struct FireblocksSecretKey: Sendable {
    let key: JWTKit.Insecure.RSA.PrivateKey

    /// Reads a key from PEM text.
    ///
    /// - Parameter pem: The PEM text, e.g. the contents of Fireblocks' `fireblocks_secret.key`.
    /// - Throws: `FireblocksAuthError` naming what is wrong with the key.
    public init(pem: String) throws {
        guard let label = Self.firstLabel(in: pem) else { throw FireblocksAuthError.secretKeyNotPEM }
        switch label {
        case "RSA PRIVATE KEY", "PRIVATE KEY":
            // An OpenSSL-encrypted PKCS#1 key keeps its label and says so in a header line.
            if pem.contains("Proc-Type: 4,ENCRYPTED") { throw FireblocksAuthError.secretKeyEncrypted }
        case "ENCRYPTED PRIVATE KEY":
            throw FireblocksAuthError.secretKeyEncrypted
        case "PUBLIC KEY", "RSA PUBLIC KEY":
            throw FireblocksAuthError.secretKeyIsPublic(label: label)
        default:
            throw FireblocksAuthError.unsupportedSecretKey(label: label)
        }
        let backing: _RSA.Signing.PrivateKey
        do {
            // The `unsafe` variant accepts keys from 1024 bits, so that a short key is reported as
            // such below rather than as unreadable.
            backing = try _RSA.Signing.PrivateKey(unsafePEMRepresentation: pem)
        } catch {
            throw FireblocksAuthError.unreadableSecretKey(label: label)
        }
        guard backing.keySizeInBits >= 2048 else {
            throw FireblocksAuthError.secretKeyTooSmall(bits: backing.keySizeInBits)
        }
        key = try JWTKit.Insecure.RSA.PrivateKey(backing: backing)
    }

    /// Reads a key from a PEM file.
    ///
    /// - Parameter path: The file's path.
    /// - Throws: `FireblocksAuthError.unreadableSecretKeyFile` when the file cannot be read as UTF-8
    ///   text, or what `init(pem:)` throws for its contents.
    public init(contentsOfFile path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FireblocksAuthError.unreadableSecretKeyFile(path: path, reason: Self.reason(error))
        }
        try self.init(pem: text)
    }

    /// The label of the first `-----BEGIN LABEL-----` line, which says what the block holds.
    static func firstLabel(in pem: String) -> String? {
        for line in pem.split(whereSeparator: \.isNewline) {
            let line = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("-----BEGIN "), line.hasSuffix("-----"), line.count > 16 {
                return String(line.dropFirst("-----BEGIN ".count).dropLast("-----".count))
            }
        }
        return nil
    }

    /// A short reason for a file error (Foundation's descriptions on Linux are long and generic).
    private static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSCocoaErrorDomain {
            switch error.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadInapplicableStringEncodingError: return "not UTF-8 text"
            default: break
            }
        }
        return error.localizedDescription
    }
}
