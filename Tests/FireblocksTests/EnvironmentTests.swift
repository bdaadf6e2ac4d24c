// Configuration from FIREBLOCKS_API_KEY, FIREBLOCKS_SECRET_KEY and FIREBLOCKS_BASE_PATH.

import FireblocksAuth
import Foundation
import Testing

@Suite struct EnvironmentTests {
    @Test func keyGivenAsPEMTextSignsRequests() async throws {
        let auth = try FireblocksAuth(environment: [
            "FIREBLOCKS_API_KEY": TestKeys.apiKey + "\n",
            "FIREBLOCKS_SECRET_KEY": PEMForm.pkcs1.text(of: TestKeys.user),
        ])
        #expect(auth.apiKey == TestKeys.apiKey)
        try await expectAccepted(auth)
    }

    @Test func keyGivenAsAPathSignsRequests() async throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "fireblocks-\(UUID()).key")
        try PEMForm.pkcs8.text(of: TestKeys.user).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let auth = try FireblocksAuth(environment: [
            "FIREBLOCKS_API_KEY": TestKeys.apiKey, "FIREBLOCKS_SECRET_KEY": file.path,
        ])
        try await expectAccepted(auth)
    }

    @Test(arguments: [
        (["FIREBLOCKS_SECRET_KEY": "x"], "FIREBLOCKS_API_KEY"),
        (["FIREBLOCKS_API_KEY": "", "FIREBLOCKS_SECRET_KEY": "x"], "FIREBLOCKS_API_KEY"),
        (["FIREBLOCKS_API_KEY": "k"], "FIREBLOCKS_SECRET_KEY"),
        (["FIREBLOCKS_API_KEY": "k", "FIREBLOCKS_SECRET_KEY": " \n"], "FIREBLOCKS_SECRET_KEY"),
    ])
    func missingVariableIsNamed(environment: [String: String], missing: String) throws {
        let error = try #require(throws: FireblocksAuthError.self) {
            try FireblocksAuth(environment: environment)
        }
        #expect(error == .missingEnvironmentVariable(missing))
        #expect(String(describing: error) == "the environment variable \(missing) is not set")
    }

    @Test func secretThatIsNeitherPEMNorAFileIsRefusedWithoutRepeatingIt() throws {
        let secret = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"
        let error = try #require(throws: FireblocksAuthError.self) {
            try FireblocksAuth(environment: ["FIREBLOCKS_API_KEY": "k", "FIREBLOCKS_SECRET_KEY": secret])
        }
        #expect(error == .secretKeyVariableUnusable)
        #expect(!String(describing: error).contains(secret))
    }

    @Test func malformedKeyInTheEnvironmentFailsAtConstruction() {
        let publicKey = TestKeys.user.publicKey.pemRepresentation
        #expect(throws: FireblocksAuthError.secretKeyIsPublic(label: "PUBLIC KEY")) {
            try FireblocksAuth(environment: ["FIREBLOCKS_API_KEY": "k", "FIREBLOCKS_SECRET_KEY": publicKey])
        }
    }

    @Test func basePathIsTheServerURL() throws {
        #expect(try FireblocksAuth.serverURL(environment: [:]) == nil)
        #expect(try FireblocksAuth.serverURL(environment: ["FIREBLOCKS_BASE_PATH": ""]) == nil)
        let sandbox = "https://sandbox-api.fireblocks.io/v1"
        #expect(try FireblocksAuth.serverURL(environment: ["FIREBLOCKS_BASE_PATH": sandbox])?.absoluteString == sandbox)
    }

    @Test(arguments: ["sandbox-api.fireblocks.io/v1", "ftp://api.fireblocks.io/v1", "https:///v1"])
    func basePathThatIsNotAnHTTPURLIsRefused(value: String) {
        #expect(throws: FireblocksAuthError.invalidBasePath(value)) {
            try FireblocksAuth.serverURL(environment: ["FIREBLOCKS_BASE_PATH": value])
        }
    }

    /// One request through the generated client, accepted by the mock.
    private func expectAccepted(_ auth: FireblocksAuth) async throws {
        let claims = try await withMockFireblocks(middlewares: [auth]) { client, mock, _, _ in
            _ = try await client.getConnectedAccountBalances(accountId: "abc")
            return mock.accepted
        }
        #expect(claims.only?.sub.value == TestKeys.apiKey)
    }
}
