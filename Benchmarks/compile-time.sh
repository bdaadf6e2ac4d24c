#!/usr/bin/env bash
# Compile time and peak memory of generated clients: how long the user's build of the generated
# target takes, before and after a change to the generator, in one invocation.
#
# For each document (the seed spec, the whole Fireblocks API, Stripe) it writes a package with one
# target, API, builds the dependencies once, then, RUNS times and for each generator in turn
# (BASELINE's, then this tree's):
#   - generates the client into the target with the generator's default settings (a fresh folder);
#   - cold rebuild: deletes the target's build folder and module (as after `swift package clean`)
#     and builds it, timing the build and sampling the summed memory of the swift-frontend
#     processes (`.ci/peak-memory.py`; `/usr/bin/time -v` only sees the largest one);
#   - touch-one-file rebuild: touches the largest generated file (the worst case: Models.swift in
#     the single layout) and builds again, as after an edit that changes one file.
# Generators alternate within each round, so slow phases of a shared machine hit both alike.
# Prints a Markdown table with the medians: layout, files, lines, cold rebuild, peak memory, CPU,
# touch-one-file rebuild, and the ratio of this tree's cold rebuild to the baseline's.
#
# Environment:
#   BASELINE=REV        the git revision to compare with (default: none, this tree only); its
#                       generator is built from a worktree under OUT
#   DOCS="seed fireblocks stripe"   which documents (default all three; without ../shared/specs,
#                       only the seed spec, with a notice)
#   SPECS=DIR           the shared documents (default <repo>/../shared/specs)
#   OUT=DIR             work folder (default <repo>/.build-compiletime)
#   RUNS=N              rounds (default 3); CONFIG=debug|release (default debug); JOBS=N (swift build -j)
#   LAYOUT=auto|single|letters   --layout for this tree's generator (default: its default, auto)
#
# Targets for the whole Fireblocks API (debug, 2 cores): cold rebuild at most 35 s and 1.2 GB.
# Exit status: 0 when every build succeeded (the numbers of a shared machine are indicative, so
# a missed target does not fail); 1 when a generator or a build failed.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../.ci/lib.sh
source "$REPO/.ci/lib.sh"
SPECS="${SPECS:-$REPO/../shared/specs}"
OUT="${OUT:-$REPO/.build-compiletime}"
RUNS="${RUNS:-3}"
CONFIG="${CONFIG:-debug}"
DOCS="${DOCS:-seed fireblocks stripe}"
BASELINE="${BASELINE:-}"
MODULE=API
case "$CONFIG" in debug|release) ;; *) echo "error: CONFIG must be debug or release" >&2; exit 64 ;; esac
JOB_ARGS=()
[[ -n "${JOBS:-}" ]] && JOB_ARGS=(-j "$JOBS")
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

spec_of() {
    case "$1" in
        seed) echo "$REPO/spec/swagger.yaml" ;;
        fireblocks) echo "$SPECS/fireblocks/swagger.yaml" ;;
        stripe) echo "$SPECS/realworld/stripe-spec3-2023-09-12.yaml" ;;
        *) echo "error: unknown document '$1' (seed, fireblocks or stripe)" >&2; exit 64 ;;
    esac
}

# Sets GENERATORS to "name=binary" pairs: the baseline's (built from a worktree) and this tree's.
build_generators() {
    GENERATORS=()
    if [[ -n "$BASELINE" ]]; then
        local src="$OUT/baseline-src"
        echo "== building the generator at $BASELINE (release)" >&2
        git -C "$REPO" worktree remove --force "$src" 2>/dev/null || rm -rf "$src"
        git -C "$REPO" worktree add --detach "$src" "$BASELINE" >/dev/null
        (cd "$src" && swift build -c release --product openapi-swift-gen >&2)
        GENERATORS+=("before=$(cd "$src" && swift build -c release --show-bin-path)/openapi-swift-gen")
    fi
    build_generator
    GENERATORS+=("after=$GEN")
}

# The target's build products, gone: the next build compiles the whole target (see
# forget_target's note in the history of .ci: deleting only the objects makes the driver compile
# the files in two waves).
forget_target() {
    local pkg="$1" dir="$1/.build/$CONFIG"
    rm -rf "$dir/$MODULE.build"
    rm -f "$dir/Modules/$MODULE".* "$dir/$MODULE".swift{module,doc,sourceinfo}
    touch "$pkg/Package.swift"
}

# Runs one build of the target under peak-memory.py; prints "seconds<TAB>frontend peak KiB<TAB>CPU s".
timed_build() {
    local pkg="$1" log="$2"
    python3 "$REPO/.ci/peak-memory.py" "$log.json" -- /usr/bin/time -v -o "$log.time" \
        swift build --package-path "$pkg" -c "$CONFIG" "${JOB_ARGS[@]}" --target "$MODULE" >"$log" 2>&1 || {
            tail -n 40 "$log" >&2
            echo "error: the build failed (log: $log)" >&2
            exit 1
        }
    if grep -q ': warning:' "$log"; then
        echo "   note: $(grep -c ': warning:' "$log") warning lines (see $log)" >&2
    fi
    python3 - "$log.json" "$log.time" <<'PY'
import json, re, sys
r = json.load(open(sys.argv[1]))
cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", open(sys.argv[2]).read()))
print(f"{r['seconds']:.2f}\t{r['peak_frontend_kib']}\t{cpu:.1f}")
PY
}

measure_doc() {
    local doc="$1" spec pkg
    spec="$(spec_of "$doc")"
    pkg="$OUT/$doc"
    write_client_package "$pkg" "compiletime-$doc" "$MODULE"
    mkdir -p "$pkg/Sources/$MODULE"
    echo "== $doc: building the dependencies ($CONFIG)" >&2
    (cd "$pkg" && swift package resolve >&2 \
        && swift build -c "$CONFIG" "${JOB_ARGS[@]}" --target OpenAPIRuntime >&2 \
        && swift build -c "$CONFIG" "${JOB_ARGS[@]}" --target HTTPTypes >&2)
    local run pair name gen layout_args largest result touch
    for ((run = 1; run <= RUNS; run++)); do
        for pair in "${GENERATORS[@]}"; do
            name="${pair%%=*}" gen="${pair#*=}"
            layout_args=()
            [[ "$name" == after && -n "${LAYOUT:-}" ]] && layout_args=(--layout "$LAYOUT")
            rm -rf "$pkg/Sources/$MODULE"
            "$gen" generate "$spec" --output "$pkg/Sources/$MODULE" "${layout_args[@]}" 2>"$OUT/$doc-$name.generate.log" || {
                cat "$OUT/$doc-$name.generate.log" >&2; echo "error: $name's generator failed on $doc" >&2; exit 1; }
            largest="$(wc -l "$pkg/Sources/$MODULE"/*.swift | grep -v ' total$' | sort -n | tail -n 1 | awk '{print $2}')"
            echo "== $doc, round $run of $RUNS, $name: cold rebuild" >&2
            forget_target "$pkg"
            result="$(timed_build "$pkg" "$OUT/$doc-$name-$run.cold.log")"
            echo "   $result (s, frontend peak KiB, CPU s)" >&2
            echo "== $doc, round $run of $RUNS, $name: touch $(basename "$largest") and rebuild" >&2
            touch "$largest"
            touch="$(timed_build "$pkg" "$OUT/$doc-$name-$run.touch.log")"
            echo "   $touch" >&2
            local files lines layout
            files="$(find "$pkg/Sources/$MODULE" -name '*.swift' | wc -l)"
            lines="$(cat "$pkg/Sources/$MODULE"/*.swift | wc -l)"
            if [[ -f "$pkg/Sources/$MODULE/Models.swift" ]]; then layout=single; else layout=letters; fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$doc" "$name" "$layout" "$files" "$lines" \
                "$result" "$(cut -f1 <<<"$touch")" "$(basename "$largest")" >>"$OUT/results.tsv"
        done
    done
}

report() {
    echo
    echo "## Compile time of generated clients ($CONFIG, $(nproc) cores, median of $RUNS)"
    echo
    [[ -n "$BASELINE" ]] && echo "before: $BASELINE ($(git -C "$REPO" log -1 --format=%h "$BASELINE")); after: this tree ($(git -C "$REPO" log -1 --format=%h HEAD)$(git -C "$REPO" diff --quiet HEAD || echo ', with uncommitted changes'))" && echo
    python3 - "$OUT/results.tsv" <<'PY'
import statistics, sys
from collections import OrderedDict
rows = OrderedDict()
for line in open(sys.argv[1]).read().splitlines():
    doc, name, layout, files, lines, secs, peak, cpu, touch, touched = line.split("\t")
    rows.setdefault((doc, name), []).append((layout, int(files), int(lines), float(secs), int(peak), float(cpu), float(touch), touched))
print("| document | generator | layout | files | lines | cold rebuild (s) | peak, frontends summed (MiB) | CPU (s) | touch-one-file rebuild (s), file touched |")
print("|---|---|---|---:|---:|---:|---:|---:|---:|")
medians = {}
for (doc, name), runs in rows.items():
    med = lambda i: statistics.median(r[i] for r in runs)
    medians[(doc, name)] = med(3)
    layout, files, lines, touched = runs[0][0], runs[0][1], runs[0][2], runs[0][7]
    print(f"| {doc} | {name} | {layout} | {files} | {lines:,} | {med(3):.1f} | {med(4) / 1024:.0f} | {med(5):.1f} | {med(6):.1f}, {touched} |")
print()
for (doc, name), value in medians.items():
    if name == "after" and (doc, "before") in medians:
        print(f"{doc}: cold rebuild after/before = {value / medians[(doc, 'before')]:.2f}")
PY
}

main() {
    rm -f "$OUT/results.tsv"
    local docs=() doc
    for doc in $DOCS; do
        if [[ "$doc" != seed && ! -f "$(spec_of "$doc")" ]]; then
            echo "skipping $doc: $(spec_of "$doc") not found (../shared/specs is not next to the repository)" >&2
            continue
        fi
        docs+=("$doc")
    done
    build_generators
    for doc in "${docs[@]}"; do
        measure_doc "$doc"
    done
    report | tee "$OUT/report.md"
    [[ -z "$BASELINE" ]] || git -C "$REPO" worktree remove --force "$OUT/baseline-src"
}

main "$@"
