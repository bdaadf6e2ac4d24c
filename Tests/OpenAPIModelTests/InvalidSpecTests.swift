import Diagnostics
import OpenAPIModel
import Testing

/// Every `spec/invalid/*.yaml` starts with `# expect: <first error>`; decoding it (as the file's
/// base name) must fail with exactly that first error, whether it comes from the YAML parser or
/// from the model decoder. Files they reference live in subfolders (`external/`).
@Suite struct InvalidSpecTests {
    static let directory = packageRoot + "/spec/invalid"

    static var files: [String] {
        (listDirectory(directory) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
    }

    @Test func thereAreInvalidSpecs() {
        #expect(Self.files.count >= 9)
    }

    @Test(arguments: files)
    func firstErrorMatchesExpectation(_ name: String) throws {
        let bytes = try #require(readBytes(Self.directory + "/" + name))
        let text = String(decoding: bytes, as: UTF8.self)
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let prefix = "# expect: "
        try #require(firstLine.hasPrefix(prefix), "\(name) does not begin with '\(prefix)'")
        let expected = String(firstLine.dropFirst(prefix.count)).trimmingSuffixWhitespace()

        let outcome = decode(bytes: bytes, file: name, reader: folderReader(Self.directory))
        #expect(outcome.document == nil, "\(name) decoded without errors")
        #expect(outcome.errors.first?.description == expected, "all errors: \(outcome.errorLines)")
    }
}

extension String {
    func trimmingSuffixWhitespace() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\r" || last == "\t" { result.removeLast() }
        return result
    }
}
