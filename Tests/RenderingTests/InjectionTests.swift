import GeneratorCore
import Testing

/// Spec text is untrusted: it must stay inside comments and string literals.
@Suite struct InjectionTests {
    private let hostile = spec(#"""
        paths:
          /things/{id}:
            get:
              operationId: getThing
              summary: "Ends */ a comment and opens \"\"\" a string"
              description: "line one\n}\nfunc evil() {}\n\u202Ehidden\u202C text\u2028let x = 1"
              parameters:
                - name: id
                  in: path
                  required: true
                  description: "id */ \n} func evil2() {}"
                  schema: {type: string}
              responses:
                '200':
                  description: "ok\n}\nfunc evil3() {}"
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Kind'}
        components:
          schemas:
            Kind:
              type: string
              description: "*/ \"\"\" \n}\nfunc evil4() {}"
              enum: ["say \"hi\"", "\\(evil())", "multi\nline"]
        """#)

    @Test func descriptionsStayInDocComments() throws {
        let files = try generate(hostile)
        for (name, text) in files {
            for line in text.split(separator: "\n") where line.contains("func evil") {
                #expect(line.trimmingPrefix(while: { $0 == " " }).hasPrefix("///"), "\(name): \(line)")
            }
            #expect(!text.contains("\u{202E}") && !text.contains("\u{202C}") && !text.contains("\u{2028}"), "\(name)")
        }
        let client = try #require(files["Operations.swift"])
        #expect(client.contains("    /// Ends */ a comment and opens \"\"\" a string\n"))
        #expect(client.contains("    /// line one\n    /// }\n    /// func evil() {}\n    /// hidden text\n    /// let x = 1\n"))
        #expect(client.contains("    ///   - id: id */\n    ///     } func evil2() {}\n"))
    }

    @Test func enumValuesAreEscapedLiterals() throws {
        let models = try #require(try generate(hostile)["Models.swift"])
        #expect(models.contains(#"        case "say \"hi\"": self = .sayHi"#))
        #expect(models.contains(#"        case "\\(evil())": self = .evil"#))
        #expect(models.contains(#"        case "multi\nline": self = .multiLine"#))
        #expect(models.contains("/// */ \"\"\"\n/// }\n/// func evil4() {}\n"))
    }
}

@Suite struct GeneratedCodeIssueTests {
    /// Server variables whose names differ only in separators (`{a-b}`, `{a_b}`) become distinct
    /// parameters of the server's function.
    @Test func serverVariablesGetDistinctNames() throws {
        let client = try #require(try generate(spec("""
            servers:
              - url: "https://example.com/{a-b}/{a_b}"
                variables:
                  a-b: {default: x}
                  a_b: {default: y}
            paths: {}
            """))["Client.swift"])
        #expect(client.contains(#"    public static func `default`(aB: String = "x", aB2: String = "y") -> URL? {"#))
        #expect(client.contains(#"        url = url.replacingOccurrences(of: "{a_b}", with: aB2)"#))
    }

    /// A property named `self` (common in HAL `_links`) would be shadowed by its own initializer
    /// parameter (`` self.`self` = `self` `` does not compile), so it is named `_self`.
    @Test func aPropertyNamedSelfCompiles() throws {
        let models = try #require(try generate(spec("""
            paths: {}
            components:
              schemas:
                Links:
                  type: object
                  properties:
                    self: {type: string}
            """))["Models.swift"])
        #expect(models.contains("    public var _self: String?"))
        #expect(models.contains("        self._self = _self"))
        #expect(models.contains("        self._self = try container.readIfPresent(\"self\")"))
        #expect(models.contains("        visitor.visitIfPresent(\\._self, \"self\")"))
    }
}
