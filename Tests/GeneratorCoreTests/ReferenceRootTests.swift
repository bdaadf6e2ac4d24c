import Foundation
import GeneratorCore
import Testing

/// `$ref`s read files only under the reference root (the spec's folder by default), after resolving
/// `..` and symlinks; outside it they are located errors and nothing is read.
@Suite struct ReferenceRootTests {
    static let folder = "spec/invalid/outside-root"

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The first error of a run, with the package root left out of its paths.
    static func firstError(spec: String, refRoot: String? = nil) -> String? {
        do {
            var flags = ConfigFile()
            flags.spec = spec
            flags.refRoot = refRoot
            _ = try RunSettings(flags: flags, configFile: nil).generate()
            return nil
        } catch {
            return error.messages.first?.split(separator: "\n").first.map {
                $0.replacingOccurrences(of: packageRoot.path + "/", with: "")
            }
        }
    }

    @Test func thereAreSpecsReachingOutside() {
        #expect(Self.files.count >= 3)
    }

    /// Every file starts with `# expect: <first error>`, as the files of `spec/invalid` do.
    @Test(arguments: files)
    func firstErrorMatchesExpectation(_ name: String) throws {
        let path = packageRoot.appendingPathComponent(Self.folder + "/" + name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let firstLine = String(text.prefix { $0 != "\n" })
        try #require(firstLine.hasPrefix("# expect: "), "\(name) does not begin with '# expect: '")
        #expect(Self.firstError(spec: path) == String(firstLine.dropFirst("# expect: ".count)))
    }

    /// The same reference reads the file once the root holds it.
    @Test func aWiderRootReadsTheSiblingFolder() {
        let spec = packageRoot.appendingPathComponent(Self.folder + "/parent-folder.yaml").path
        #expect(Self.firstError(spec: spec, refRoot: packageRoot.appendingPathComponent("spec/invalid").path) == nil)
    }

    @Test func aSymlinkInsideTheRootPointingOutsideIsOutside() throws {
        let (api, secret) = try Self.folders()
        // Invalid YAML: had it been read, the error would be its syntax error.
        try Data("Secret: [\n".utf8).write(to: secret.appendingPathComponent("secret.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: api.appendingPathComponent("link.yaml").path, withDestinationPath: secret.appendingPathComponent("secret.yaml").path)
        try FileManager.default.createSymbolicLink(atPath: api.appendingPathComponent("shared").path, withDestinationPath: secret.path)
        for target in ["link.yaml", "shared/secret.yaml"] {
            let spec = try Self.writeSpec(in: api, referencing: target + "#/Secret")
            #expect(Self.firstError(spec: spec) == """
                \(spec):6:20: error: not reading '\(target)' (referenced as '\(target)#/Secret'): it is outside the reference root '\(api.path)' (widen it with --ref-root)
                """)
        }
    }

    @Test func symlinksThatStayInsideAreFollowed() throws {
        let (api, _) = try Self.folders()
        try FileManager.default.createDirectory(at: api.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try Data("Secret: {type: string}\n".utf8).write(to: api.appendingPathComponent("schemas/secret.yaml"))
        try FileManager.default.createSymbolicLink(atPath: api.appendingPathComponent("link.yaml").path, withDestinationPath: "schemas/secret.yaml")
        let spec = try Self.writeSpec(in: api, referencing: "link.yaml#/Secret")
        #expect(Self.firstError(spec: spec) == nil)
        // A root named through a symlink is the folder it points to.
        let alias = api.deletingLastPathComponent().appendingPathComponent("alias")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: api.path)
        #expect(Self.firstError(spec: alias.appendingPathComponent("openapi.yaml").path) == nil)
    }

    @Test func aMissingFileInsideTheRootIsUnreadableNotOutside() throws {
        let (api, _) = try Self.folders()
        let spec = try Self.writeSpec(in: api, referencing: "gone/missing.yaml#/Secret")
        #expect(Self.firstError(spec: spec) == "\(spec):6:20: error: cannot read 'gone/missing.yaml' (referenced as 'gone/missing.yaml#/Secret')")
    }

    @Test func theRootContainsWhatLiesUnderIt() throws {
        let (api, secret) = try Self.folders()
        let root = ReferenceRoot(path: api.path + "/")
        #expect(root.path == api.path)
        #expect(root.contains(api.path))
        #expect(root.contains(api.path + "/a/b/c.yaml"))
        try FileManager.default.createDirectory(at: api.appendingPathComponent("a"), withIntermediateDirectories: true)
        #expect(root.contains(api.path + "/a/../c.yaml"))
        // `..` after a folder that does not exist cannot be resolved: refused, not guessed.
        #expect(!root.contains(api.path + "/gone/../c.yaml"))
        #expect(!root.contains(api.path + "/../" + secret.lastPathComponent + "/s.yaml"))
        #expect(!root.contains(secret.path))
        // A folder named like the root plus a suffix is not inside it.
        #expect(!root.contains(api.path + "-other/s.yaml"))
        #expect(ReferenceRoot(path: "").path == ".")
    }

    /// A fresh `api` folder and a sibling `secret` folder.
    static func folders() throws -> (api: URL, secret: URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ref-root-" + UUID().uuidString)
        let api = base.appendingPathComponent("api")
        let secret = base.appendingPathComponent("secret")
        for folder in [api, secret] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        return (api, secret)
    }

    /// `api/openapi.yaml` with one schema, a `$ref` to `target`, on line 6 at column 20.
    static func writeSpec(in folder: URL, referencing target: String) throws -> String {
        let spec = folder.appendingPathComponent("openapi.yaml")
        try Data("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Secret: {$ref: '\(target)'}

            """.utf8).write(to: spec)
        return spec.path
    }
}
