# Shared by the scripts in .ci that build the generator and compile its output in a package of
# their own. Source it after setting REPO (the repository's root).

# Builds the generator (release) and sets GEN to its path.
build_generator() {
    echo "== building the generator (release)" >&2
    (cd "$REPO" && swift build -c release --product openapi-swift-gen >&2)
    GEN="$(cd "$REPO" && swift build -c release --show-bin-path)/openapi-swift-gen"
}

# Writes DIR/Package.swift: a package NAME with one target MODULE depending on what generated code
# needs, and, when TEST_MODULE is given, a test target of that name depending on MODULE.
# Usage: write_client_package DIR NAME MODULE [TEST_MODULE]
write_client_package() {
    local dir="$1" name="$2" module="$3" tests="${4:-}"
    local test_target=""
    [[ -n "$tests" ]] && test_target="        .testTarget(name: \"$tests\", dependencies: [\"$module\"]),"
    mkdir -p "$dir"
    cat >"$dir/Package.swift" <<SWIFT
// swift-tools-version: 6.1
// Written by a script in .ci of openapi-swift-gen.
import PackageDescription

let package = Package(
    name: "$name",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "$module",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
$test_target
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
}
