extension Translator {
    /// The name of the operation's optional `Idempotency-Key` header parameter as a Swift literal,
    /// or empty: with a retry policy, the client sends a key of its own when the caller gives none,
    /// so that retrying a request that is not idempotent by its method is safe.
    static func idempotencyKeyLiteral(_ signature: ParameterSignature) -> String {
        signature.parameters.first { $0.isHeader && $0.isOptional && $0.nameLiteral.lowercased() == "\"idempotency-key\"" }?.nameLiteral ?? ""
    }
}
