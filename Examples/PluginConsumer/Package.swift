// swift-tools-version: 6.1
// A package using openapi-swift-gen's build plugin the way a project depending on it would: the
// client of the target ConnectedAccounts is generated at build time from its openapi.yaml.
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        // `name:` keeps `package: "openapi-swift-gen"` below working whatever the checkout's folder
        // is called (a path dependency is otherwise known by its folder's name).
        .package(name: "openapi-swift-gen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "ConnectedAccounts",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: [.plugin(name: "OpenAPISwiftGenPlugin", package: "openapi-swift-gen")]
        ),
        .testTarget(
            name: "ConnectedAccountsTests",
            dependencies: [
                "ConnectedAccounts",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
