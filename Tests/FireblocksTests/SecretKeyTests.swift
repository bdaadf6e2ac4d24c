// Reading the secret key: both PEM forms, from text or a file, and every malformed key refused when
// the middleware is created, with an error naming what is wrong.

import Crypto
import CryptoExtras
import FireblocksAuth
import Foundation
import Testing

@Suite struct SecretKeyTests {
    @Test(arguments: PEMForm.allCases)
    func keyIsReadFromAFile(form: PEMForm) async throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "fireblocks-\(UUID()).key")
        try form.text(of: TestKeys.user).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let auth = try FireblocksAuth(apiKey: TestKeys.apiKey, secretKeyFile: file.path)
        let claims = try await withMockFireblocks(middlewares: [auth]) { client, mock, _, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return mock.accepted
        }
        #expect(claims.count == 1)
    }

    @Test func missingKeyFileNamesThePath() {
        let path = "/nonexistent/fireblocks_secret.key"
        #expect(throws: FireblocksAuthError.unreadableSecretKeyFile(path: path, reason: "no such file")) {
            try FireblocksAuth(apiKey: TestKeys.apiKey, secretKeyFile: path)
        }
    }

    /// Malformed keys and what the error says about each.
    static let malformedKeys: [(name: String, pem: String, error: FireblocksAuthError)] = [
        ("not PEM", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", .secretKeyNotPEM),
        ("empty", "", .secretKeyNotPEM),
        ("public key", TestKeys.user.publicKey.pemRepresentation, .secretKeyIsPublic(label: "PUBLIC KEY")),
        ("PKCS#1 public key", TestKeys.user.publicKey.pkcs1PEMRepresentation, .secretKeyIsPublic(label: "RSA PUBLIC KEY")),
        ("PKCS#1 truncated", truncated(PEMForm.pkcs1.text(of: TestKeys.user)), .unreadableSecretKey(label: "RSA PRIVATE KEY")),
        ("PKCS#8 truncated", truncated(PEMForm.pkcs8.text(of: TestKeys.user)), .unreadableSecretKey(label: "PRIVATE KEY")),
        ("PKCS#8 of an EC key", P256.Signing.PrivateKey().pemRepresentation, .unreadableSecretKey(label: "PRIVATE KEY")),
        ("SEC1 EC key", relabelled(P256.Signing.PrivateKey().pemRepresentation, as: "EC PRIVATE KEY"),
         .unsupportedSecretKey(label: "EC PRIVATE KEY")),
        ("certificate", relabelled(TestKeys.user.publicKey.pemRepresentation, as: "CERTIFICATE"),
         .unsupportedSecretKey(label: "CERTIFICATE")),
        ("encrypted PKCS#8", relabelled(PEMForm.pkcs8.text(of: TestKeys.user), as: "ENCRYPTED PRIVATE KEY"),
         .secretKeyEncrypted),
        ("encrypted PKCS#1", encryptedPKCS1(PEMForm.pkcs1.text(of: TestKeys.user)), .secretKeyEncrypted),
        ("1024 bits", try! _RSA.Signing.PrivateKey(unsafeKeySize: .init(bitCount: 1024)).pemRepresentation,
         .secretKeyTooSmall(bits: 1024)),
    ]

    @Test(arguments: malformedKeys.indices)
    func malformedKeyFailsAtConstruction(case index: Int) {
        let (name, pem, expected) = Self.malformedKeys[index]
        #expect(throws: expected, "\(name)") {
            try FireblocksAuth(apiKey: TestKeys.apiKey, secretKeyPEM: pem)
        }
    }

    @Test func errorMessagesNameTheProblemButNotTheKey() throws {
        let pem = Self.truncated(PEMForm.pkcs1.text(of: TestKeys.user))
        let error = try #require(throws: FireblocksAuthError.self) {
            try FireblocksSecretKey(pem: pem)
        }
        let message = String(describing: error)
        #expect(message.contains("RSA PRIVATE KEY"))
        let keyLine = try #require(pem.split(separator: "\n").dropFirst().first)
        #expect(!message.contains(keyLine))
    }

    @Test func emptyAPIKeyFailsAtConstruction() {
        for apiKey in ["", "  \n"] {
            #expect(throws: FireblocksAuthError.emptyAPIKey) {
                try FireblocksAuth(apiKey: apiKey, secretKeyPEM: PEMForm.pkcs1.text(of: TestKeys.user))
            }
        }
    }

    /// The PEM text with the second half of its base64 lines dropped.
    static func truncated(_ pem: String) -> String {
        var lines = pem.split(separator: "\n").map(String.init)
        lines.removeSubrange(lines.count / 2..<lines.count - 1)
        return lines.joined(separator: "\n")
    }

    /// The PEM text with its BEGIN and END labels replaced.
    static func relabelled(_ pem: String, as label: String) -> String {
        guard let begin = pem.range(of: "-----BEGIN "),
            let end = pem.range(of: "-----", range: begin.upperBound..<pem.endIndex)
        else { return pem }
        let old = pem[begin.upperBound..<end.lowerBound]
        return pem.replacingOccurrences(of: "-----BEGIN \(old)-----", with: "-----BEGIN \(label)-----")
            .replacingOccurrences(of: "-----END \(old)-----", with: "-----END \(label)-----")
    }

    /// A PKCS#1 key with the header lines OpenSSL writes when it encrypts one.
    static func encryptedPKCS1(_ pem: String) -> String {
        pem.replacingOccurrences(
            of: "-----BEGIN RSA PRIVATE KEY-----\n",
            with: "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00000000000000000000000000000000\n\n"
        )
    }
}
