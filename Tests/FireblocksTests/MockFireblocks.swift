// Fireblocks' side of request authentication, as far as the tests need it: every request's JWT is
// verified with the user's PUBLIC key, against the request exactly as it arrived.

import Crypto
import Foundation
import JWTKit
import LoopbackServer

/// Why the mock refused a request (Fireblocks answers 401).
enum Rejection: Error, Equatable {
    case missingAPIKey
    case missingBearerToken
    case malformedToken
    case wrongAlgorithm(String?)
    case badSignature
    case uriMismatch(signed: String, sent: String)
    case bodyHashMismatch
    case subjectMismatch
    case lifetimeTooLong(seconds: Int)
    case expired
    case issuedInTheFuture
    case nonceReused
}

/// The claims as the mock reads them: its own type, not the signer's, so the two can disagree; the
/// registered claims are jwt-kit's.
struct ReceivedClaims: JWTPayload, Equatable {
    var uri: String
    var nonce: String
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    var sub: SubjectClaim
    var bodyHash: String

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Verifies Fireblocks request tokens and remembers every verdict and nonce.
final class MockFireblocks: Sendable {
    typealias Verdict = Result<ReceivedClaims, Rejection>

    private let algorithm: any JWTAlgorithm
    private let now: @Sendable () -> Date
    private let state = Locked(State())

    private struct State {
        var nonces: Set<String> = []
        var verdicts: [Verdict] = []
    }

    /// - Parameters:
    ///   - publicKey: The key tokens must be signed for.
    ///   - now: The server's clock.
    init(
        publicKey: JWTKit.Insecure.RSA.PublicKey = TestKeys.userPublicKey,
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws {
        let keys = JWTKeyCollection()
        await keys.add(rsa: publicKey, digestAlgorithm: .sha256)
        // Fetched once so that verifying needs no `await`: the loopback server's responder is
        // synchronous.
        algorithm = try await keys.getKey()
        self.now = now
    }

    /// Every verdict so far, in arrival order.
    var verdicts: [Verdict] { state.read { $0.verdicts } }

    /// The claims of every accepted request, in arrival order.
    var accepted: [ReceivedClaims] { verdicts.compactMap { try? $0.get() } }

    /// The reasons of every refused request, in arrival order.
    var rejections: [Rejection] {
        verdicts.compactMap { if case .failure(let rejection) = $0 { rejection } else { nil } }
    }

    /// Checks a request received on the wire, and records the verdict.
    func check(_ request: RecordedRequest) -> Verdict {
        check(
            target: request.target, apiKey: request.header("X-API-Key"),
            authorization: request.header("Authorization"), body: request.body
        )
    }

    /// Checks a request given by its parts, and records the verdict.
    func check(target: String, apiKey: String?, authorization: String?, body: Data) -> Verdict {
        let verdict = Result { () throws(Rejection) in
            try verify(target: target, apiKey: apiKey, authorization: authorization, body: body)
        }
        state.write { $0.verdicts.append(verdict) }
        return verdict
    }

    /// A responder that refuses unauthenticated requests with Fireblocks' 401 and answers the
    /// others with `answer(index)`, the index counting accepted requests only.
    func responder(
        answer: @escaping @Sendable (_ acceptedIndex: Int) -> ScriptedResponse = { _ in .json(balancesPage) }
    ) -> Responder {
        { request, _ in
            switch self.check(request) {
            case .success:
                answer(self.accepted.count - 1)
            case .failure(let rejection):
                Self.unauthorized(rejection)
            }
        }
    }

    /// Fireblocks' answer to a request it cannot authenticate: 401 and its error body.
    private static func unauthorized(_ rejection: Rejection) -> ScriptedResponse {
        let body: [String: any Sendable] = ["message": "Unauthorized: \(rejection)", "code": -7]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        return ScriptedResponse(status: 401, headers: [("Content-Type", "application/json")], body: data)
    }

    private func verify(target: String, apiKey: String?, authorization: String?, body: Data) throws(Rejection)
        -> ReceivedClaims
    {
        guard let apiKey else { throw .missingAPIKey }
        guard let authorization, authorization.hasPrefix("Bearer ") else { throw .missingBearerToken }
        let token = Array(authorization.dropFirst("Bearer ".count).utf8)
        let parser = DefaultJWTParser()
        let header: JWTHeader
        let claims: ReceivedClaims
        let signature: Data
        let signingInput: [UInt8]
        do {
            (header, claims, signature) = try parser.parse(token, as: ReceivedClaims.self)
            let parts = try parser.getTokenParts(token)
            signingInput = Array(parts.header) + Array(".".utf8) + Array(parts.payload)
        } catch {
            throw .malformedToken
        }
        guard header.alg == "RS256" else { throw .wrongAlgorithm(header.alg) }
        guard (try? algorithm.verify(signature, signs: signingInput)) == true else { throw .badSignature }
        guard claims.uri == target else { throw .uriMismatch(signed: claims.uri, sent: target) }
        let hash = SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
        guard claims.bodyHash == hash else { throw .bodyHashMismatch }
        guard claims.sub.value == apiKey else { throw .subjectMismatch }
        let lifetime = Int(claims.exp.value.timeIntervalSince(claims.iat.value))
        guard lifetime <= 30 else { throw .lifetimeTooLong(seconds: lifetime) }
        let now = now()
        do {
            try claims.exp.verifyNotExpired(currentDate: now)
        } catch {
            throw .expired
        }
        guard claims.iat.value <= now else { throw .issuedInTheFuture }
        guard state.write({ $0.nonces.insert(claims.nonce).inserted }) else { throw .nonceReused }
        return claims
    }
}

/// A one-row balances page, what the mock answers an accepted request with.
let balancesPage = #"{"data":[{"assetId":"BTC","availableAmount":"1","totalAmount":"1","balanceType":"SPOT"}]}"#

/// A value behind a lock, for the mock's synchronous responder.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func read<T>(_ body: (Value) -> T) -> T {
        lock.withLock { body(value) }
    }

    func write<T>(_ body: (inout Value) -> T) -> T {
        lock.withLock { body(&value) }
    }
}
