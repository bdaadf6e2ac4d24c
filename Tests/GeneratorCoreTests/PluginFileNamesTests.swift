// The build plugin names the files the tool writes before the tool runs, from its own copy of the
// rule (`Plugins/Shared/OutputLayout.swift`, linked into this target): the layout it picks for a
// document by its size, and that layout's files, must be exactly what the generator writes.

import Foundation
import GeneratorCore
import Testing

@Suite struct PluginFileNamesTests {
    /// The plugin's declared files for the seed spec (the `single` layout) and the whole Fireblocks
    /// API (`letters`) are the files `generate` writes with its default, `auto`: the plugin's rule,
    /// by the document's size, agrees with `auto`'s, by the number of declarations.
    @Test(arguments: ["spec/swagger.yaml", "../shared/specs/fireblocks/swagger.yaml"])
    func thePluginsFilesAreTheFilesAutoWrites(path: String) throws {
        guard let spec = try? Array(readText(path).utf8) else {
            print("skipping: \(path) not found (../shared/specs is not next to the package)")
            return
        }
        let layout = OutputLayout.forPlugin(documentBytes: spec.count)
        #expect(layout == (path.hasPrefix("spec/") ? .single : .letters))
        let files = try Generator.generate(spec: spec, fileName: "swagger.yaml", config: GeneratorConfig()).files
        #expect(files.map(\.name).sorted() == layout.fileNames.sorted())
    }

    /// Either layout asked for explicitly writes its files, whatever the spec's size.
    @Test func eachLayoutWritesItsFiles() throws {
        let spec = Array(try readText("spec/swagger.yaml").utf8)
        var config = GeneratorConfig()
        config.layout = .letters
        #expect(try Generator.generate(spec: spec, fileName: "swagger.yaml", config: config).files.map(\.name).sorted() == OutputLayout.letters.fileNames.sorted())
        config.layout = .single
        #expect(try Generator.generate(spec: spec, fileName: "swagger.yaml", config: config).files.map(\.name).sorted() == OutputLayout.single.fileNames.sorted())
    }

    /// The rules at their edges.
    @Test func lettersFrom250DeclarationsOr360KiB() {
        #expect(OutputLayout.automatic(declarations: 249) == .single)
        #expect(OutputLayout.automatic(declarations: 250) == .letters)
        #expect(OutputLayout.forPlugin(documentBytes: 360 * 1024 - 1) == .single)
        #expect(OutputLayout.forPlugin(documentBytes: 360 * 1024) == .letters)
    }
}
