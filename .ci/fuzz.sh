#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets (Sources/fuzz-*, over Sources/FuzzChecks) with the fuzzer and
# address sanitizers, seeds each target's corpus, runs each target for FUZZ_SECONDS, and copies
# every crash, timeout and out-of-memory input into Tests/FuzzingTests/Reproducers/<target>, where
# `swift test` runs it from then on. Exits non-zero when a target found one.
#
# Usage: .ci/fuzz.sh [TARGET...]       (targets: fuzz-yaml fuzz-model fuzz-generate; default all)
#
# Environment:
#   FUZZ_SECONDS=N    time per target (default 600)
#   FUZZ_TIMEOUT=N    seconds one input may take before it counts as a hang (default 10)
#   FUZZ_RSS_MB=N     memory limit of the fuzzer process, MB (default 2048)
#   FUZZ_MAX_LEN=N    largest input tried, bytes (default 32768: the small specs fit)
#   FUZZ_SEEDS=DIR    more seed documents (default ../shared/specs/realworld when present)
# The build and the corpora live in .build-fuzz (not committed); corpora grow from run to run.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO"
FUZZ_SECONDS="${FUZZ_SECONDS:-600}"
FUZZ_TIMEOUT="${FUZZ_TIMEOUT:-10}"
FUZZ_RSS_MB="${FUZZ_RSS_MB:-2048}"
FUZZ_MAX_LEN="${FUZZ_MAX_LEN:-32768}"
FUZZ_SEEDS="${FUZZ_SEEDS:-$REPO/../shared/specs/realworld}"
BUILD=.build-fuzz
DICT=Tests/FuzzingTests/openapi.dict
REPRODUCERS=Tests/FuzzingTests/Reproducers
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(fuzz-yaml fuzz-model fuzz-generate)

export OPENAPI_SWIFT_GEN_FUZZ=1
for target in "${TARGETS[@]}"; do
    echo "== building $target"
    # ld.gold warns for every ASan helper symbol it cannot export; the warnings are harmless.
    swift build -c debug -j 1 --build-path "$BUILD" -Xswiftc -sanitize=fuzzer,address --product "$target" 2>&1 \
        | { grep -v "warning: Cannot export local symbol" || true; }
    [[ ${PIPESTATUS[0]} -eq 0 ]] || exit 1
done
BIN="$(swift build -c debug --build-path "$BUILD" --show-bin-path)"

# Seeds: every spec, the YAML and JSON test inputs, and each multi-file spec as one input whose
# other files follow `#%file NAME` lines (see Sources/FuzzChecks/FuzzInput.swift).
seed() {
    local corpus="$1"
    mkdir -p "$corpus"
    {
        find spec Examples -name '*.yaml' -o -name '*.json'
        find Tests -path '*/MustacheSpec' -prune -o \( -name '*.yaml' -o -name '*.json' \) -print
        if [[ -d "$FUZZ_SEEDS" ]]; then
            find "$FUZZ_SEEDS" -type f \( -name '*.yaml' -o -name '*.json' \) -size -"$FUZZ_MAX_LEN"c
        fi
    } | while read -r file; do
        cp "$file" "$corpus/seed-$(sha1sum <"$file" | cut -c1-16)"
    done
    bundle spec/multifile/petstore/openapi.yaml spec/multifile >"$corpus/seed-multifile-petstore"
    for root in spec/invalid/external-*.yaml; do
        bundle "$root" spec/invalid >"$corpus/seed-$(basename "$root" .yaml)"
    done
}

# Prints ROOT followed by every other YAML file under FOLDER, named relative to ROOT's folder.
bundle() {
    local root="$1" folder="$2"
    cat "$root"
    find "$folder" -name '*.yaml' ! -path "$root" | sort | while read -r file; do
        printf '\n#%%file %s\n' "$(realpath --relative-to="$(dirname "$root")" "$file")"
        cat "$file"
    done
}

found=0
for target in "${TARGETS[@]}"; do
    corpus="$BUILD/corpus/$target"
    artifacts="$BUILD/artifacts/$target"
    mkdir -p "$artifacts" "$REPRODUCERS/$target"
    seed "$corpus"
    echo "== $target for ${FUZZ_SECONDS}s"
    # Leak checks are off (both libFuzzer's and LeakSanitizer's): the generator is a one-shot
    # process, a leak that matters shows up as running out of memory under -rss_limit_mb, and
    # libFuzzer's check reruns every input that allocates more than it frees (Dispatch's worker
    # threads do), which took a third of the time of fuzz-model.
    status=0
    ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$BIN/$target" "$corpus" \
        -dict="$DICT" -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" \
        -rss_limit_mb="$FUZZ_RSS_MB" -max_len="$FUZZ_MAX_LEN" -detect_leaks=0 -artifact_prefix="$artifacts/" \
        -print_final_stats=1 >"$BUILD/$target.log" 2>&1 || status=$?
    grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^Done|^stat::number|ERROR|SUMMARY|Test unit written" "$BUILD/$target.log" || true
    copied=0
    for artifact in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
        [[ -e "$artifact" ]] || continue
        cp "$artifact" "$REPRODUCERS/$target/"
        echo "error: $target found $(basename "$artifact"), copied to $REPRODUCERS/$target (log: $BUILD/$target.log)"
        copied=1
        found=1
    done
    if [[ $status -ne 0 && $copied -eq 0 ]]; then
        echo "error: $target stopped with status $status (log: $BUILD/$target.log)"
        found=1
    fi
    rm -f "$artifacts"/*
done
exit $found
