// Which files the tool writes, for the build plugin, which must name a command's outputs before the
// tool exists (a plugin cannot import the package's modules, nor run its tool while planning the
// build). `Translator.files()` decides the file set; this copy is checked against the generator's
// output by `Tests/GeneratorCoreTests`, which compiles this file in through a link.
// Plain Swift, no imports, so that it compiles in a plugin and in a test target alike.

/// The names of the files `openapi-swift-gen generate --shards <shards>` writes: the client and the
/// support file, then `Models.swift` and `Operations.swift` for one shard, or `Part1.swift`…
/// `PartN.swift` for N. The set depends only on the shard count, never on the spec.
func generatedFileNames(shards: Int) -> [String] {
    let layout = shards > 1 ? (1...shards).map { "Part\($0).swift" } : ["Models.swift", "Operations.swift"]
    return ["Client.swift", "Support.swift"] + layout
}
