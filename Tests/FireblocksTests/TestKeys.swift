// RSA key pairs made when the tests run, so no private key is committed.

import CryptoExtras
import JWTKit
import Testing

enum TestKeys {
    /// The key the tests' API user signs with. One per run: generating an RSA key takes a while in a
    /// debug build.
    static let user = try! _RSA.Signing.PrivateKey(keySize: .bits2048)

    /// A key Fireblocks does not know, for forged tokens.
    static let stranger = try! _RSA.Signing.PrivateKey(keySize: .bits2048)

    /// The public half the mock server verifies with.
    static var userPublicKey: JWTKit.Insecure.RSA.PublicKey {
        try! JWTKit.Insecure.RSA.PublicKey(backing: user.publicKey)
    }

    static let apiKey = "d0c5c6e4-3a1b-4f0e-9a9b-6f1f3c1a2b3c"
}

/// The PEM forms of a private key the middleware accepts.
enum PEMForm: String, CaseIterable, CustomTestStringConvertible {
    case pkcs1, pkcs8

    /// The key's text in this form: `RSA PRIVATE KEY` (PKCS#1) or `PRIVATE KEY` (PKCS#8).
    func text(of key: _RSA.Signing.PrivateKey) -> String {
        switch self {
        case .pkcs1: key.pemRepresentation
        case .pkcs8: key.pkcs8PEMRepresentation
        }
    }

    var testDescription: String { rawValue }
}
