import Rendering
import Testing

/// Which parts of the official Mustache spec suite (github.com/mustache/spec) the engine is held to.
enum MustacheSpecSuite {
    /// Every case of these modules must render as the spec expects.
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    /// The optional modules the engine does not support, skipped whole, and why.
    static let skippedModules: [String: String] = [
        "~lambdas": "lambdas need code in the data; our contexts hold final text, so there is nothing to call",
        "~dynamic-names": "dynamic names (`{{>*name}}`, `{{<*name}}`) are rejected with a located parse error",
    ]

    /// Single cases of the modules above that are skipped, as `module: name`, and why (none now:
    /// a case that fails is fixed in the engine).
    static let skippedCases: [String: String] = [:]

    /// The cases that run: every case of `modules` but `skippedCases`. Empty when the suite is not
    /// in place; `theSuiteIsWhole` then says what is missing.
    static let cases: [MustacheSpecCase] = modules.flatMap { module in
        ((try? MustacheSpecFiles.cases(of: module)) ?? []).filter { skippedCases[$0.testDescription] == nil }
    }
}

@Suite(.enabled(if: MustacheSpecFiles.arePresent, "the Mustache spec suite is not in Tests/RenderingTests/MustacheSpec (see its README.md) or MUSTACHE_SPEC_DIR"))
struct MustacheSpecTests {
    @Test(arguments: MustacheSpecSuite.cases)
    func specCase(_ specCase: MustacheSpecCase) throws {
        let rendered = try specCase.render()
        #expect(rendered == specCase.expected, "\(specCase.desc)\ntemplate: \(specCase.template.debugDescription)")
    }

    /// Every module file is there and parses, and every skip names a module or case that exists, so
    /// the lists above say exactly what does not run.
    @Test func theSuiteIsWhole() throws {
        for module in MustacheSpecSuite.modules + MustacheSpecSuite.skippedModules.keys.sorted() {
            #expect(try !MustacheSpecFiles.cases(of: module).isEmpty, "\(module).json has no cases")
        }
        let names = Set(try MustacheSpecSuite.modules.flatMap { try MustacheSpecFiles.cases(of: $0) }.map(\.testDescription))
        for skipped in MustacheSpecSuite.skippedCases.keys.sorted() {
            #expect(names.contains(skipped), "skipped case '\(skipped)' is not in the suite")
        }
    }
}
