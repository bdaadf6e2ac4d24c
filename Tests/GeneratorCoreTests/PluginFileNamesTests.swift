// The build plugin names the files the tool writes before the tool runs, from its own copy of the
// rule (`Plugins/Shared/GeneratedFileNames.swift`, linked into this target): it must be the
// generator's file set for every shard count.

import Foundation
import GeneratorCore
import Testing

@Suite struct PluginFileNamesTests {
    @Test(arguments: [1, 2, 3, 4, 7, 16, 64])
    func thePluginsFileNamesAreTheGeneratorsFiles(shards: Int) throws {
        var config = GeneratorConfig()
        config.shards = shards
        let spec = Array(try readText("spec/swagger.yaml").utf8)
        let files = try Generator.generate(spec: spec, fileName: "swagger.yaml", config: config).files
        #expect(files.map(\.name).sorted() == generatedFileNames(shards: shards).sorted())
    }
}
