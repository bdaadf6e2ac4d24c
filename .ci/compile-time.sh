#!/usr/bin/env bash
# Compile time and peak memory of the client generated for the WHOLE Fireblocks API
# (../shared/specs/fireblocks/swagger.yaml, 465 operations, 1259 schemas).
#
# Generates it into a package with one target, FireblocksAPI, builds the dependencies once, then
# measures RUNS cold rebuilds of that target alone: before each run its build products and
# intermediates are deleted, so every run compiles all of the generated code and nothing else.
# Targets (from the issue): at most 45 s and at most 1.5 GB per rebuild; medians are compared.
#
# Environment:
#   SPECS=DIR          input folder (default <repo>/../shared/specs)
#   SPEC=FILE          another document to measure (default $SPECS/fireblocks/swagger.yaml)
#   OUT=DIR            work folder (default <repo>/.build-compiletime; the package is OUT/pkg)
#   RUNS=N             measured rebuilds (default 3)
#   CONFIG=debug|release  build configuration (default debug)
#   JOBS=N             swift build -j (default: swift build's own, one per core)
#   LAYOUT=auto|single|letters  --layout for the generator (default auto)
#   TARGET_SECONDS=45 TARGET_BYTES=1500000000   the limits (1.5 GB = 1.5e9 bytes, about 1431 MiB)
#
# Exit status: 0 when every build succeeded (whether the targets were met or not, since the numbers
# on a shared machine are indicative only); 1 when the generator or a build failed.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib.sh
source "$REPO/.ci/lib.sh"
SPECS="${SPECS:-$REPO/../shared/specs}"
SPEC="${SPEC:-$SPECS/fireblocks/swagger.yaml}"
OUT="${OUT:-$REPO/.build-compiletime}"
PKG="$OUT/pkg"
RUNS="${RUNS:-3}"
CONFIG="${CONFIG:-debug}"
TARGET_SECONDS="${TARGET_SECONDS:-45}"
TARGET_BYTES="${TARGET_BYTES:-1500000000}"
MODULE=FireblocksAPI

if [[ ! -f "$SPEC" ]]; then
    echo "skipping: ../shared/specs not found"
    exit 0
fi
case "$CONFIG" in debug|release) ;; *) echo "error: CONFIG must be debug or release" >&2; exit 64 ;; esac
JOB_ARGS=()
[[ -n "${JOBS:-}" ]] && JOB_ARGS=(-j "$JOBS")

# Writes the one-target package and generates the client into it (a fresh folder each time, so
# files that a newer generator no longer writes do not linger).
prepare_package() {
    build_generator

    mkdir -p "$PKG"
    rm -rf "$PKG/Sources/$MODULE"
    echo "== generating $SPEC" >&2
    /usr/bin/time -f '   generate: %e s, %M KiB' "$GEN" generate "$SPEC" --layout "${LAYOUT:-auto}" --output "$PKG/Sources/$MODULE" \
        2>"$OUT/generate.stderr" || { cat "$OUT/generate.stderr" >&2; echo "error: generation failed" >&2; exit 1; }
    grep -v ': warning:' "$OUT/generate.stderr" | grep '^   generate:' >&2 || true
    echo "   $(grep -c ': warning:' "$OUT/generate.stderr" || true) generator warnings" >&2

    write_client_package "$PKG" compiletime "$MODULE"
}

# Builds everything the target depends on, so the measured runs compile the generated code only.
warm_up() {
    echo "== building the dependencies ($CONFIG)" >&2
    (cd "$PKG" && swift package resolve >&2 \
        && swift build -c "$CONFIG" "${JOB_ARGS[@]}" --target OpenAPIRuntime >&2 \
        && swift build -c "$CONFIG" "${JOB_ARGS[@]}" --target HTTPTypes >&2)
}

# Makes the next build compile the whole target again, as after `swift package clean`: deletes the
# target's build folder (objects, dependency records, the driver's build record) and its module, and
# touches Package.swift so that SwiftPM plans the build again and writes the folder's output file
# map anew. Deleting only the objects is not enough: with its build record gone but the plan cached,
# the driver compiles the files in two waves, one batch after the other, not both batches at once.
forget_target() {
    local dir="$PKG/.build/$CONFIG"
    rm -rf "$dir/$MODULE.build"
    rm -f "$dir/Modules/$MODULE".* "$dir/$MODULE".swift{module,doc,sourceinfo}
    touch "$PKG/Package.swift"
}

# One cold rebuild; appends "seconds<TAB>tree peak KiB<TAB>largest process KiB<TAB>frontend peak KiB
# <TAB>frontends at once<TAB>CPU seconds" to runs.tsv.
measure_run() {
    local n="$1" log="$OUT/run-$1.log"
    forget_target
    python3 "$REPO/.ci/peak-memory.py" "$OUT/run-$n.json" -- \
        /usr/bin/time -v -o "$OUT/run-$n.time" \
        swift build --package-path "$PKG" -c "$CONFIG" "${JOB_ARGS[@]}" --target "$MODULE" >"$log" 2>&1 || {
            tail -n 40 "$log" >&2
            echo "error: run $n: the build failed (log: $log)" >&2
            exit 1
        }
    local wall maxrss cpu
    wall="$(python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["seconds"])' "$OUT/run-$n.json")"
    maxrss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$OUT/run-$n.time")"
    cpu="$(awk -F': ' '/User time|System time/ { sum += $2 } END { printf "%.1f", sum }' "$OUT/run-$n.time")"
    python3 - "$OUT/run-$n.json" "$maxrss" "$wall" "$cpu" >>"$OUT/runs.tsv" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{sys.argv[3]}\t{r['peak_tree_kib']}\t{sys.argv[2]}\t{r['peak_frontend_kib']}\t{r['peak_frontends']}\t{sys.argv[4]}")
EOF
    if grep -q ': warning:' "$log"; then
        echo "   note: run $n printed $(grep -c ': warning:' "$log") warning lines (see $log)" >&2
    fi
}

report() {
    echo
    echo "## Compile time of the generated target ($CONFIG, $(nproc) cores)"
    echo
    echo "Spec: $SPEC"
    echo
    echo "| generated file | lines |"
    echo "|---|---:|"
    local f total=0 n
    for f in "$PKG/Sources/$MODULE"/*.swift; do
        n="$(wc -l <"$f")"
        total=$((total + n))
        echo "| $(basename "$f") | $n |"
    done
    echo "| total | $total |"
    echo
    python3 - "$OUT/runs.tsv" "$TARGET_SECONDS" "$TARGET_BYTES" <<'EOF'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
limit_s, limit_b = float(sys.argv[2]), float(sys.argv[3])
mib = lambda kib: kib / 1024
print("| run | wall (s) | CPU, user + system (s) | peak memory: swift-frontend processes, summed (MiB) "
      "| frontends at once | whole build tree, summed (MiB) | largest single process, time -v (MiB) |")
print("|---:|---:|---:|---:|---:|---:|---:|")
for i, (s, tree, big, fe, nfe, cpu) in enumerate(rows, 1):
    print(f"| {i} | {float(s):.1f} | {float(cpu):.1f} | {mib(int(fe)):.0f} | {nfe} | {mib(int(tree)):.0f} | {mib(int(big)):.0f} |")
med_s = statistics.median(float(r[0]) for r in rows)
# The compiler processes' summed memory is what the target is about; /usr/bin/time -v only sees
# the largest single process (often swift-build itself), so it under-reports parallel compiles.
med_kib = statistics.median(int(r[3]) for r in rows)
med_tree = statistics.median(int(r[1]) for r in rows)
print()
print(f"median wall time: {med_s:.1f} s (target <= {limit_s:.0f} s): {'PASS' if med_s <= limit_s else 'MISS'}")
print(f"median peak memory (swift-frontend sum): {mib(med_kib):.0f} MiB = {med_kib * 1024 / 1e9:.2f} GB "
      f"(target <= {limit_b / 1e9:.1f} GB): {'PASS' if med_kib * 1024 <= limit_b else 'MISS'}")
print(f"(whole build tree including swift-build itself: median {mib(med_tree):.0f} MiB)")
print(f"median CPU time: {statistics.median(float(r[5]) for r in rows):.1f} s (less sensitive to other load than wall time)")
EOF
}

main() {
    mkdir -p "$OUT"
    rm -f "$OUT"/run-* "$OUT/runs.tsv"
    prepare_package
    warm_up
    local i
    for ((i = 1; i <= RUNS; i++)); do
        echo "== run $i of $RUNS: cold rebuild of $MODULE ($CONFIG)" >&2
        measure_run "$i"
        tail -n 1 "$OUT/runs.tsv" | awk -F'\t' '{ printf "   %s s (CPU %s s), swift-frontend peak %.0f MiB (sum), build tree %.0f MiB, largest process %.0f MiB\n", $1, $6, $4/1024, $2/1024, $3/1024 }' >&2
    done
    report | tee "$OUT/report.md"
}

main "$@"
