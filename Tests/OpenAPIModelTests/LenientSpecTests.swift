import Diagnostics
import OpenAPIModel
import Testing

/// Every `spec/lenient/*.yaml` has a flaw that published documents have and that has a safe
/// reading. It starts with its expectations: `# warning: <line>` for each warning decoding it (as
/// the file's base name) must give, in order, and `# strict: <line>` for each error decoding it
/// with `strict` must give instead. Files they reference are read from the same folder.
@Suite struct LenientSpecTests {
    static let directory = packageRoot + "/spec/lenient"

    static var files: [String] {
        (listDirectory(directory) ?? []).filter { $0.hasSuffix(".yaml") }
    }

    @Test func thereAreLenientSpecs() {
        #expect(Self.files.count >= 4)
    }

    @Test(arguments: files)
    func decodesWithTheWarnings(_ name: String) throws {
        let (bytes, expected) = try Self.read(name)
        try #require(!expected.warnings.isEmpty, "\(name) expects no '# warning: ' line")
        let outcome = decode(bytes: bytes, file: name, reader: folderReader(Self.directory))
        #expect(outcome.document != nil, "errors: \(outcome.errorLines)")
        #expect(outcome.warningLines == expected.warnings)
    }

    @Test(arguments: files)
    func strictRefusesWithTheErrors(_ name: String) throws {
        let (bytes, expected) = try Self.read(name)
        try #require(!expected.errors.isEmpty, "\(name) expects no '# strict: ' line")
        let outcome = decode(bytes: bytes, file: name, reader: folderReader(Self.directory), strict: true)
        #expect(outcome.document == nil, "\(name) decoded under strict")
        #expect(outcome.errorLines == expected.errors)
        #expect(outcome.warningLines.isEmpty)
    }

    /// The file's bytes and the expectations of its leading comment lines.
    static func read(_ name: String) throws -> ([UInt8], (warnings: [String], errors: [String])) {
        let bytes = try #require(readBytes(directory + "/" + name))
        var warnings: [String] = []
        var errors: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard line.hasPrefix("#") else { break }
            if line.hasPrefix("# warning: ") { warnings.append(String(line.dropFirst("# warning: ".count))) }
            if line.hasPrefix("# strict: ") { errors.append(String(line.dropFirst("# strict: ".count))) }
        }
        return (bytes, (warnings, errors))
    }
}
