#!/usr/bin/env bash
# Generation speed and peak memory of openapi-swift-gen against two references: the "libyaml
# floor" (Benchmarks/libyaml-floor.c: libyaml's bare event loop over the same file, no tree) and
# apple/swift-openapi-generator 1.14.3. Not part of the tests or of CI.
#
# Builds our generator (release), the floor (cc -O2 -lyaml) and, once, Apple's generator (release,
# in OUT/apple, from the local package mirrors); then Benchmarks/bench.py times, per input, each
# contender once as a warm-up and RUNS times interleaved, and prints a Markdown table (median, min,
# max, peak RSS, ratios), the issue's targets with PASS/MISS, and a size series of the Fireblocks
# API filtered to the first 1, 10, 25 and 50 tags (of 55). The report is also written to OUT/report.md.
#
# Inputs: the whole Fireblocks API and its tag-filtered subsets, the seed spec spec/swagger.yaml,
# and the three largest OpenAPI 3 documents of SPECS/realworld that our generator accepts. Without
# SPECS, only the seed spec runs.
#
# Environment:
#   RUNS=N              measured runs per contender and input (default 5)
#   SPECS=DIR           input folder (default <repo>/../shared/specs)
#   OUT=DIR             work folder, cached builds and report (default <repo>/.build-bench)
#   APPLE=all|core|none inputs for Apple's generator: all but the tag subsets (default), only the
#                       whole Fireblocks API and the seed spec, or none (and it is not built)
#   TAGS=1,10,25,50     tag counts of the size series (the whole API is a size of its own)
#   REALWORLD=3         how many real-world documents
#   STATIC=1|0          build both Swift generators with --static-swift-stdlib (default 1: the
#                       way to build the tool for installing; it starts faster). Either way both
#                       are built with the same flags.
#
# Exit status: 0 when the benchmark ran (whether the targets were met or not); 1 when our generator
# or the C helpers (Benchmarks/*.c) could not be built, or our generator failed on the seed spec.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
SPECS="${SPECS:-$REPO/../shared/specs}"
OUT="${OUT:-$REPO/.build-bench}"
RUNS="${RUNS:-5}"
APPLE="${APPLE:-all}"
TAGS="${TAGS:-1,10,25,50}"
REALWORLD="${REALWORLD:-3}"
STATIC="${STATIC:-1}"
case "$STATIC" in 1) SWIFT_FLAGS=(--static-swift-stdlib) BUILD_DIR=.build-static ;; 0) SWIFT_FLAGS=() BUILD_DIR=.build ;; *) echo "error: STATIC must be 1 or 0" >&2; exit 64 ;; esac
APPLE_VERSION=1.14.3

case "$APPLE" in all|core|none) ;; *) echo "error: APPLE must be all, core or none" >&2; exit 64 ;; esac
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

build_ours() {
    echo "== building openapi-swift-gen (release)" >&2
    local build=(swift build -c release ${SWIFT_FLAGS[@]+"${SWIFT_FLAGS[@]}"} --build-path "$OUT/ours$BUILD_DIR")
    (cd "$REPO" && "${build[@]}" --product openapi-swift-gen >&2)
    GEN="$(cd "$REPO" && "${build[@]}" --show-bin-path)/openapi-swift-gen"
}

# Compiles Benchmarks/NAME.c to OUT/NAME when the source is newer. Usage: build_c NAME [LIBS...]
build_c() {
    local name="$1"
    shift
    if [[ ! -x "$OUT/$name" || "$REPO/Benchmarks/$name.c" -nt "$OUT/$name" ]]; then
        cc -O2 -Wall -o "$OUT/$name" "$REPO/Benchmarks/$name.c" "$@"
    fi
}

# The libyaml floor, and the program that runs each command and measures it.
build_helpers() {
    echo "== building the libyaml floor and the measuring helper" >&2
    build_c libyaml-floor -lyaml
    build_c measure
    FLOOR="$OUT/libyaml-floor" MEASURE="$OUT/measure"
}

# Sets APPLE_BIN, or APPLE_WHY when Apple's generator cannot be built. Built once: later runs reuse
# OUT/apple/.build. Its log is OUT/apple/build.log.
build_apple() {
    APPLE_BIN="" APPLE_WHY=""
    if [[ "$APPLE" == none ]]; then
        APPLE_WHY="APPLE=none: not built or run"
        return
    fi
    local dir="$OUT/apple"
    mkdir -p "$dir"
    cat >"$dir/Package.swift.new" <<SWIFT
// swift-tools-version: 5.9
// Written by Benchmarks/run.sh of openapi-swift-gen: builds the reference generator.
import PackageDescription

let package = Package(
    name: "apple-baseline",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "$APPLE_VERSION"),
    ],
    targets: []
)
SWIFT
    # Rewrite the manifest only when it changed, so SwiftPM keeps its cached build.
    if cmp -s "$dir/Package.swift.new" "$dir/Package.swift"; then
        rm "$dir/Package.swift.new"
    else
        mv "$dir/Package.swift.new" "$dir/Package.swift"
    fi
    echo "== building apple/swift-openapi-generator $APPLE_VERSION (release; several minutes the first time)" >&2
    local build=(swift build -c release ${SWIFT_FLAGS[@]+"${SWIFT_FLAGS[@]}"} --build-path "$dir/$BUILD_DIR")
    if (cd "$dir" && "${build[@]}" --product swift-openapi-generator) >"$dir/build.log" 2>&1; then
        APPLE_BIN="$(cd "$dir" && "${build[@]}" --show-bin-path)/swift-openapi-generator"
    else
        APPLE_WHY="its build failed: $(grep -m1 -E 'error:' "$dir/build.log" || tail -n 1 "$dir/build.log"); log: $dir/build.log"
        echo "   apple/swift-openapi-generator unavailable: $APPLE_WHY" >&2
    fi
}

main() {
    build_ours
    build_helpers
    build_apple

    local args=(--gen "$GEN" --floor "$FLOOR" --measure "$MEASURE" --seed "$REPO/spec/swagger.yaml" --work "$OUT/work"
                --runs "$RUNS" --tags "$TAGS" --realworld "$REALWORLD" --apple-scope "$APPLE"
                --apple-version "$APPLE_VERSION" --build-flags "-c release ${SWIFT_FLAGS[*]+${SWIFT_FLAGS[*]}}"
                --report "$OUT/report.md")
    if [[ -n "$APPLE_BIN" ]]; then
        args+=(--apple "$APPLE_BIN")
    elif [[ -n "$APPLE_WHY" ]]; then
        args+=(--apple-unavailable "$APPLE_WHY")
    fi
    if [[ -d "$SPECS" ]]; then
        args+=(--specs "$SPECS")
    else
        echo "notice: $SPECS not found: only the seed spec runs" >&2
    fi
    echo >&2
    python3 "$REPO/Benchmarks/bench.py" "${args[@]}"
    echo >&2
    echo "(report written to $OUT/report.md)" >&2
}

main "$@"
