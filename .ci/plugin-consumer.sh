#!/usr/bin/env bash
# Builds and tests Examples/PluginConsumer, a package that gets its client from the build plugin, from
# a clean state (its .build deleted), and times what a user of the plugin waits for:
#   cold     the first `swift build`, which also resolves the dependencies and builds the generator
#   rebuild  the `swift build` right after it, nothing changed (SwiftPM relinks the plugin's tool once)
#   no-op    a `swift build` after that, nothing changed
#   touch    a `swift build` after `touch openapi.yaml` (same bytes: the generator runs, nothing compiles)
# Targets: cold at most 45 s, no-op at most 0.5 s. A miss is reported, not failed on,
# since the numbers on a shared machine are indicative only.
#
# Then it checks the plugins' other paths on the same package: the command plugin writes the same
# files as the build plugin, and both report a target without a document or with several.
#
# Environment:
#   RUNS=N                 timed sequences, each from a clean state (default 1)
#   COLD_TARGET=45 NOOP_TARGET=0.5   the targets, in seconds
#   OUT=DIR                logs (default <repo>/.build-plugin-consumer)
#
# Exit status: 0 when every build, test and check passed (whether the targets were met or not); 1
# otherwise: a failed build or test, warnings in our code or the generated code, a spec edit that
# does not run the generator, or a plugin that does not behave as documented.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
PKG="$REPO/Examples/PluginConsumer"
TARGET_DIR="$PKG/Sources/ConnectedAccounts"
SPEC="$TARGET_DIR/openapi.yaml"
OUT="${OUT:-$REPO/.build-plugin-consumer}"
RUNS="${RUNS:-1}"
COLD_TARGET="${COLD_TARGET:-45}"
NOOP_TARGET="${NOOP_TARGET:-0.5}"
# Where the build plugin writes the generated files.
PLUGIN_OUTPUT="$PKG/.build/plugins/outputs/pluginconsumer/ConnectedAccounts/destination/OpenAPISwiftGenPlugin/GeneratedSources"

mkdir -p "$OUT"
cd "$PKG"

# Files the checks below add to the consumer; removed however the script ends.
cleanup() { rm -rf "$TARGET_DIR/Generated" "$TARGET_DIR/swagger.json" "$TARGET_DIR/openapi-changes.md"; }
trap cleanup EXIT
cleanup

# The consumer's document is a copy of the seed spec; it must not drift from it.
if ! cmp -s "$REPO/spec/swagger.yaml" "$SPEC"; then
    echo "error: $SPEC differs from spec/swagger.yaml; copy the seed spec there again"
    exit 1
fi

# Runs `swift build` with its output in $OUT/NAME.log, sets SECONDS_TAKEN; fails the script when the
# build fails.
timed_build() {
    local name="$1" start end
    start=$(date +%s.%N)
    if ! swift build >"$OUT/$name.log" 2>&1; then
        cat "$OUT/$name.log"
        echo "error: swift build ($name) failed in $PKG"
        exit 1
    fi
    end=$(date +%s.%N)
    SECONDS_TAKEN=$(echo "$start $end" | awk '{printf "%.2f", $2 - $1}')
}

verdict() { awk -v s="$1" -v t="$2" 'BEGIN { print (s <= t ? "PASS" : "MISS") }'; }

rows=()
for run in $(seq 1 "$RUNS"); do
    echo "== run $run of $RUNS: cold build of the consumer (its .build deleted)"
    rm -rf .build
    timed_build cold; cold=$SECONDS_TAKEN
    # Our code and the generated code (in the plugin's output folder) must compile without warnings;
    # the dependencies' checkouts are not ours.
    if grep -E "^($PKG/(Sources|Tests|\.build/plugins)|$REPO/Plugins)/.*: warning:" "$OUT/cold.log"; then
        echo "error: the consumer's build has warnings (listed above)"
        exit 1
    fi
    for name in Client Support Models Operations; do
        [[ -f "$PLUGIN_OUTPUT/$name.swift" ]] || { echo "error: the build plugin did not write $name.swift"; exit 1; }
    done

    echo "== rebuilds with nothing changed, then with the spec touched"
    timed_build rebuild; rebuild=$SECONDS_TAKEN
    timed_build noop; noop=$SECONDS_TAKEN
    touch "$SPEC"
    timed_build touch; touched=$SECONDS_TAKEN
    if ! grep -q "Generating the OpenAPI client of ConnectedAccounts" "$OUT/touch.log"; then
        cat "$OUT/touch.log"
        echo "error: touching openapi.yaml did not run the generator again"
        exit 1
    fi
    recompiled=no
    grep -q "Compiling ConnectedAccounts" "$OUT/touch.log" && recompiled=yes

    rows+=("| $run | cold | $cold | ≤ $COLD_TARGET | $(verdict "$cold" "$COLD_TARGET") |")
    rows+=("| $run | first rebuild, nothing changed | $rebuild | | |")
    rows+=("| $run | no-op | $noop | ≤ $NOOP_TARGET | $(verdict "$noop" "$NOOP_TARGET") |")
    rows+=("| $run | spec touched (recompiled: $recompiled) | $touched | | |")
done

echo "== tests of the generated client"
if ! swift test >"$OUT/test.log" 2>&1 || ! grep -q "Test run with .* passed" "$OUT/test.log"; then
    cat "$OUT/test.log"
    echo "error: swift test failed in $PKG"
    exit 1
fi
grep -E "Test run with" "$OUT/test.log"

echo "== the command plugin writes what the build plugin generates"
swift package --allow-writing-to-package-directory generate-openapi-code --target ConnectedAccounts \
    >"$OUT/command.log" 2>&1 || { cat "$OUT/command.log"; echo "error: generate-openapi-code failed"; exit 1; }
diff -r "$PLUGIN_OUTPUT" "$TARGET_DIR/Generated" || { echo "error: the two plugins' outputs differ"; exit 1; }
# Asked for, the change summary lands beside Generated (nothing changed since the run above).
swift package --allow-writing-to-package-directory generate-openapi-code --target ConnectedAccounts --change-summary \
    >"$OUT/command.log" 2>&1 || { cat "$OUT/command.log"; echo "error: generate-openapi-code --change-summary failed"; exit 1; }
grep -qi "no changes to the generated client" "$TARGET_DIR/openapi-changes.md" \
    || { cat "$OUT/command.log"; echo "error: the command plugin wrote no change summary"; exit 1; }
rm -rf "$TARGET_DIR/Generated" "$TARGET_DIR/openapi-changes.md"

# Runs COMMAND…, which must fail and print MESSAGE.
expect_error() {
    local message="$1"; shift
    if "$@" >"$OUT/error.log" 2>&1; then
        echo "error: '$*' succeeded; expected: $message"
        exit 1
    fi
    grep -qF "$message" "$OUT/error.log" || { cat "$OUT/error.log"; echo "error: expected: $message"; exit 1; }
    echo "   $message"
}

echo "== the plugins' errors"
expect_error "error: no OpenAPI document found in target 'ConnectedAccountsTests'; add openapi.yaml (or .yml/.json, or swagger.yaml) to it" \
    swift package --allow-writing-to-package-directory generate-openapi-code --target ConnectedAccountsTests
cp "$SPEC" "$TARGET_DIR/swagger.json"
expect_error "error: several OpenAPI documents found in target 'ConnectedAccounts' ('openapi.yaml', 'swagger.json'); keep exactly one" \
    swift build
rm "$TARGET_DIR/swagger.json"

echo
echo "| run | build of Examples/PluginConsumer | seconds | target | |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo "(logs in $OUT)"
