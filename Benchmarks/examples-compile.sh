#!/usr/bin/env bash
# Compile time and peak memory of the test file that `openapi-swift-gen examples` writes, as the
# number of examples grows. Not part of the tests or of CI.
#
# Benchmarks/examples-spec.py writes a document with COUNT examples that match their schemas (the
# same fifty schemas and operations for every COUNT, so the generated client does not change); the
# client is generated into a package and built once, then, for every COUNT and layout, the test file
# is generated and `swift build --build-tests` measured: wall time, and the peak memory of the
# swift-frontend processes and of the whole build (.ci/peak-memory.py), which recompiles the test
# file and links the test bundle.
#
# Layouts: `grouped` is the command's output (the examples a hundred per function, the groups
# joined); `one-literal` renders the same examples into one array literal, as the command did
# before, with the template of Benchmarks/examples-one-literal. The one literal's memory grows much
# faster than the count of examples, so every build is killed once its processes together pass
# LIMIT_MIB (reported as `killed`): other builds on the machine keep their memory.
#
# Environment:
#   COUNTS="500 1000 2000 5000"   example counts (at least 50 each)
#   LAYOUTS="grouped one-literal" the layouts to compile
#   LIMIT_MIB=8192                kill a build whose processes together pass this many MiB
#   OUT=DIR                       work folder (default <repo>/.build-examples-compile; the package is OUT/pkg)
#
# Exit status: 0 when the generator and the client built (whether a measured build was killed or
# not); 1 otherwise, or when a measured build failed for another reason than the limit.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../.ci/lib.sh
source "$REPO/.ci/lib.sh"
COUNTS="${COUNTS:-500 1000 2000 5000}"
LAYOUTS="${LAYOUTS:-grouped one-literal}"
LIMIT_MIB="${LIMIT_MIB:-8192}"
OUT="${OUT:-$REPO/.build-examples-compile}"
PKG="$OUT/pkg"
MODULE=ExamplesAPI
TESTS=ExamplesAPITests
TEST_FILE="$PKG/Tests/$TESTS/SpecExampleTests.swift"

# The package with the client generated from the smallest document and a test file that declares
# nothing, built with its dependencies so that each measured build compiles the test file only.
prepare_package() {
    build_generator
    mkdir -p "$PKG/Sources/$MODULE" "$PKG/Tests/$TESTS"
    write_client_package "$PKG" examplescompile "$MODULE" "$TESTS"
    python3 "$REPO/Benchmarks/examples-spec.py" 50 >"$OUT/spec.yaml"
    "$GEN" generate "$OUT/spec.yaml" --output "$PKG/Sources/$MODULE" >&2
    printf 'import Testing\n' >"$TEST_FILE"
    echo "== building the client and the dependencies" >&2
    (cd "$PKG" && swift build --build-tests >&2)
}

# Generates the test file of COUNT examples in LAYOUT and builds it; appends a row to runs.tsv.
measure() {
    local count="$1" layout="$2" name="$1-$2"
    local templates=()
    [[ "$layout" == one-literal ]] && templates=(--templates "$REPO/Benchmarks/examples-one-literal")
    python3 "$REPO/Benchmarks/examples-spec.py" "$count" >"$OUT/spec-$count.yaml"
    "$GEN" examples "$OUT/spec-$count.yaml" --module "$MODULE" --test-output "$PKG/Tests/$TESTS" "${templates[@]}" >/dev/null
    local examples lines
    examples="$(grep -c 'SpecExample("' "$TEST_FILE")"
    lines="$(wc -l <"$TEST_FILE")"
    touch "$TEST_FILE"
    echo "== $count examples, $layout ($lines lines)" >&2
    local status=ok
    python3 "$REPO/.ci/peak-memory.py" "$OUT/run-$name.json" --kill-above-mib "$LIMIT_MIB" -- \
        swift build --package-path "$PKG" --build-tests >"$OUT/run-$name.log" 2>&1 || status=failed
    if python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["killed"] else 1)' "$OUT/run-$name.json"; then
        status=killed
    elif [[ "$status" == failed ]]; then
        tail -n 20 "$OUT/run-$name.log" >&2
        echo "error: the build of $count examples ($layout) failed (log: $OUT/run-$name.log)" >&2
        exit 1
    fi
    python3 - "$OUT/run-$name.json" "$count" "$layout" "$examples" "$lines" "$status" >>"$OUT/runs.tsv" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("\t".join(sys.argv[2:7] + [f"{r['seconds']:.1f}", str(r["peak_frontend_kib"] // 1024), str(r["peak_tree_kib"] // 1024)]))
PY
    tail -n 1 "$OUT/runs.tsv" | awk -F'\t' '{ printf "   %s: %s s, swift-frontend peak %s MiB, build tree %s MiB\n", $5, $6, $7, $8 }' >&2
}

report() {
    echo
    echo "## Compiling the examples test file ($(nproc) cores, debug, limit $LIMIT_MIB MiB)"
    echo
    echo "| examples | layout | lines | result | wall (s) | swift-frontend peak (MiB) | whole build peak (MiB) |"
    echo "|---:|---|---:|---|---:|---:|---:|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $3, $2, $4, $5, $6, $7, $8 }' "$OUT/runs.tsv"
    echo
    echo "A killed build passed the limit after the time shown; its real peak is higher."
}

main() {
    mkdir -p "$OUT"
    rm -f "$OUT"/run-* "$OUT/runs.tsv"
    prepare_package
    local count layout
    for count in $COUNTS; do
        for layout in $LAYOUTS; do
            measure "$count" "$layout"
        done
    done
    report | tee "$OUT/report.md"
}

main "$@"
