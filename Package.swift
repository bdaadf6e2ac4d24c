// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "openapi-swift-gen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "openapi-swift-gen", targets: ["openapi-swift-gen"]),
        .library(name: "GeneratorCore", targets: ["GeneratorCore"]),
        .plugin(name: "OpenAPISwiftGenPlugin", targets: ["OpenAPISwiftGenPlugin"]),
        .plugin(name: "OpenAPISwiftGenCommand", targets: ["OpenAPISwiftGenCommand"]),
        // The Fireblocks client: the generated balances client, request signing, the rest of what
        // the real service needs, and a command. A project that uses only the plugins checks out
        // their dependencies (jwt-kit, swift-crypto, swift-log) but never compiles them.
        .library(name: "FireblocksConnectedAccounts", targets: ["FireblocksConnectedAccounts"]),
        .library(name: "FireblocksAuth", targets: ["FireblocksAuth"]),
        .library(name: "Fireblocks", targets: ["Fireblocks"]),
        .executable(name: "fireblocks-balances", targets: ["fireblocks-balances"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Test-only.
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // The property-based tests of the coverage client's models.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Fireblocks request signing (FireblocksAuth and its tests only).
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.1.0"),
        // The Fireblocks library's lifecycle notices.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The generator, one module per pipeline stage.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The allocator's settings, which GeneratorCore adjusts for the command-line tool.
        .systemLibrary(name: "CMalloc"),
        // Foundation-free helpers every stage shares (parallel work, byte-wise text, suggestions).
        .target(name: "Basics"),
        .target(name: "Diagnostics"),
        .target(name: "YAML", dependencies: ["CLibYAML", "Diagnostics"]),
        .target(name: "OpenAPIModel", dependencies: ["YAML", "Diagnostics", "Basics"]),
        .target(name: "Translation", dependencies: ["OpenAPIModel", "Diagnostics", "Basics"]),
        .target(
            name: "Rendering",
            dependencies: ["Translation", "Diagnostics", "Basics"]
        ),
        // What a change of the spec does to the generated client's callers (the diff command).
        .target(name: "SpecDiff", dependencies: ["Translation"]),
        .target(
            name: "GeneratorCore",
            dependencies: ["Basics", "Diagnostics", "YAML", "OpenAPIModel", "Translation", "Rendering", "SpecDiff", "CMalloc"]
        ),
        // What the fuzzers and the fuzzing tests run (not a product).
        .target(name: "FuzzChecks", dependencies: ["Diagnostics", "YAML", "OpenAPIModel", "GeneratorCore"]),
        .executableTarget(
            name: "openapi-swift-gen",
            dependencies: ["GeneratorCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // SwiftPM plugins running the generator: at build time on the OpenAPI document in a target,
        // and on demand into the target's Generated folder (Plugins/Shared is linked into both).
        .plugin(
            name: "OpenAPISwiftGenPlugin",
            capability: .buildTool(),
            dependencies: ["openapi-swift-gen"]
        ),
        .plugin(
            name: "OpenAPISwiftGenCommand",
            capability: .command(
                intent: .custom(
                    verb: "generate-openapi-code",
                    description: "Generates the client of a target from its OpenAPI document into the target's Generated folder."
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "writes the generated client into the Generated folder of the target")
                ]
            ),
            dependencies: ["openapi-swift-gen"]
        ),

        // The companion client, generated from spec/swagger.yaml and committed.
        .target(
            name: "FireblocksConnectedAccounts",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // A second companion client, generated from spec/coverage.yaml (every construct the generator
        // supports) and committed.
        .target(
            name: "CoverageClient",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // A third companion client, generated from spec/hostile/hostile.yaml (spec text that tries to
        // break out of comments, literals and names) and committed with Canary.swift, which declares
        // what a successful injection would: the build then fails with a redeclaration.
        .target(
            name: "HostileClient",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The worked template override of Templates/README.md: generated from
        // Examples/TemplateOverride/openapi.yaml with that folder's query-item.mustache, committed.
        .target(
            name: "TemplateOverrideExample",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),

        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "OpenAPIModelTests", dependencies: ["OpenAPIModel", "YAML"]),
        .testTarget(name: "TranslationTests", dependencies: ["Translation", "OpenAPIModel", "YAML", "Diagnostics", "Basics"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Rendering", "GeneratorCore"],
            exclude: ["MustacheSpec"]  // the spec suite's JSON, read from disk
        ),
        .testTarget(name: "GeneratorCoreTests", dependencies: ["GeneratorCore", "SpecDiff"]),
        // Every committed fuzzer reproducer, run through the check its fuzzer runs.
        .testTarget(name: "FuzzingTests", dependencies: ["FuzzChecks"], exclude: ["Reproducers", "openapi.dict"]),
        // Runs the built command-line tool as a user would.
        .testTarget(name: "CLITests", dependencies: ["openapi-swift-gen"]),
        // The loopback HTTP server both generated clients' tests run against (test use only).
        .target(
            name: "LoopbackServer",
            dependencies: [.product(name: "FlyingFox", package: "FlyingFox")],
            path: "Tests/LoopbackServer"
        ),
        .testTarget(
            name: "FireblocksConnectedAccountsTests",
            dependencies: [
                "FireblocksConnectedAccounts",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                "LoopbackServer",
            ]
        ),
        .testTarget(
            name: "CoverageClientTests",
            dependencies: [
                "CoverageClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                "LoopbackServer",
            ]
        ),
        // SpecExampleTests.swift is the `examples` command's output for spec/hostile/hostile.yaml.
        .testTarget(name: "HostileClientTests", dependencies: ["HostileClient"]),
        .testTarget(
            name: "TemplateOverrideExampleTests",
            dependencies: [
                "TemplateOverrideExample",
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                "LoopbackServer",
            ]
        ),

        // Fireblocks' request signing, hand-written, for the companion client (or any client of the
        // Fireblocks API). A target of its own so that the generated targets never build
        // swift-crypto.
        .target(
            name: "FireblocksAuth",
            dependencies: [
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The hand-written rest of the Fireblocks client: servers, lifecycle headers, a client set
        // up from the environment.
        .target(
            name: "Fireblocks",
            dependencies: [
                "FireblocksConnectedAccounts",
                "FireblocksAuth",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // `swift run fireblocks-balances ACCOUNT_ID`: every balance of a connected account.
        .executableTarget(
            name: "fireblocks-balances",
            dependencies: [
                "Fireblocks",
                "FireblocksConnectedAccounts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
        .testTarget(
            name: "FireblocksTests",
            dependencies: [
                "Fireblocks",
                "FireblocksAuth",
                "FireblocksConnectedAccounts",
                "fireblocks-balances",
                "LoopbackServer",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer targets (`.ci/fuzz.sh`), only with OPENAPI_SWIFT_GEN_FUZZ=1: they link only when built
// with `-sanitize=fuzzer`, which provides the driver their `main` runs.
if Context.environment["OPENAPI_SWIFT_GEN_FUZZ"] == "1" {
    package.targets.append(.systemLibrary(name: "CLibFuzzer"))
    for name in ["fuzz-yaml", "fuzz-model", "fuzz-generate"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(name: name, dependencies: ["CLibFuzzer", "FuzzChecks"]))
    }
}
