import Testing
@testable import Translation

/// `readOnly` and `writeOnly` properties: one Swift type serves requests and responses, so a
/// property required in one direction only is optional, and says why.
@Suite struct ReadOnlyWriteOnlyTranslationTests {
    static let account = spec("""
        paths: {}
        components:
          schemas:
            Id: {type: string, readOnly: true}
            Account:
              type: object
              required: [id, ref, secret, name]
              properties:
                id: {type: string, readOnly: true, default: fixed}
                ref: {$ref: '#/components/schemas/Id'}
                secret: {type: string, writeOnly: true}
                hint: {type: string, writeOnly: true}
                name: {type: string}
            Either:
              oneOf:
                - $ref: '#/components/schemas/Account'
                - {type: object, required: [kind], properties: {kind: {type: string}}}
        """)

    @Test func propertiesRequiredOneWayAreOptional() throws {
        let account = try #require(try translate(Self.account).model("Account"))
        #expect(account.properties.map(\.name) == ["id", "ref", "secret", "hint", "name"])
        #expect(account.properties.map(\.type) == ["String?", "Id?", "String?", "String?", "String"])
        #expect(account.properties.map(\.isOptional) == [true, true, true, true, false])
        // A read-only value is never sent: `nil` is its only default, whatever the spec's.
        #expect(account.properties.map(\.defaultValue) == ["nil", "nil", "nil", "nil", ""])
        #expect(account.properties.map(\.isReadOnly) == [true, true, false, false, false])
        #expect(account.properties.map(\.isRequiredInRequests) == [false, false, true, false, false])
    }

    @Test func theDocSaysWhyAPropertyIsOptional() throws {
        let account = try #require(try translate(Self.account).model("Account"))
        #expect(account.properties[0].doc == [
            "/// - Note: Read-only: set by the server, never sent (request bodies leave it out). Responses always carry it; it is optional because a value built for a request has none.",
            "/// - Note: Default: `fixed`.",
        ])
        #expect(account.properties[2].doc == [
            "/// - Note: Write-only: sent in requests, never returned. Required in requests (encoding a request body without it throws `RequestValidationError`); optional because responses leave it out.",
        ])
        #expect(account.properties[3].doc == ["/// - Note: Write-only: sent in requests, never returned."])
    }

    /// A union without a discriminator does not require a key that a response may leave out.
    @Test func aVariantDoesNotRequireKeysOfOneDirection() throws {
        let either = try #require(try translate(Self.account).model("Either"))
        #expect(either.variants.first?.requiredKeys == #""name""#)
    }
}
