#!/usr/bin/env bash
# Generates the client for the WHOLE Fireblocks API (../shared/specs/fireblocks/swagger.yaml) into a
# package, checks that it compiles without warnings, and runs the test file `openapi-swift-gen
# examples` writes: every example in the spec that matches its schema is decoded into its generated
# type. Examples that do not match their schema are printed as generator warnings (spec drift).
#
# Environment: SPECS=DIR (default <repo>/../shared/specs), OUT=DIR (default <repo>/.build-examples),
# LAYOUT=auto|single|letters (default auto).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib.sh
source "$REPO/.ci/lib.sh"
SPECS="${SPECS:-$REPO/../shared/specs}"
SPEC="$SPECS/fireblocks/swagger.yaml"
OUT="${OUT:-$REPO/.build-examples}"
PKG="$OUT/pkg"

if [[ ! -f "$SPEC" ]]; then
    echo "skipping: ../shared/specs not found"
    exit 0
fi

build_generator

rm -rf "$PKG/Sources" "$PKG/Tests"
mkdir -p "$PKG/Sources/FireblocksAPI" "$PKG/Tests/FireblocksAPITests"
write_client_package "$PKG" FireblocksExamples FireblocksAPI FireblocksAPITests

echo "== generating the client and the example tests"
"$GEN" generate "$SPEC" --layout "${LAYOUT:-auto}" --output "$PKG/Sources/FireblocksAPI" 2>"$OUT/generate.log"
"$GEN" examples "$SPEC" --module FireblocksAPI --test-output "$PKG/Tests/FireblocksAPITests" 2>"$OUT/examples.log"
echo "   $(grep -c 'SpecExample(' "$PKG/Tests/FireblocksAPITests/SpecExampleTests.swift") examples to decode;" \
    "$(grep -c 'does not match its schema' "$OUT/examples.log" || true) examples do not match their schema (see $OUT/examples.log)"

echo "== building"
(cd "$PKG" && swift build --build-tests 2>&1 | tee "$OUT/build.log")
if grep -E "^$PKG/(Sources|Tests)/.*: warning:" "$OUT/build.log"; then
    echo "error: the generated code has warnings (listed above)"
    exit 1
fi

echo "== decoding the examples"
(cd "$PKG" && swift test 2>&1 | tee "$OUT/test.log" | grep -E "Test run|recorded an issue|test cases")
