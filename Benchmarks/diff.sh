#!/usr/bin/env bash
# Speed of `openapi-swift-gen diff` on the Fireblocks revisions, as a ratio to one `generate` of
# the whole (newest) Fireblocks API timed in the same invocation. Runs are interleaved (generate,
# then each diff, RUNS times) and each contender's median is reported with its peak memory. The
# target: a diff of two whole revisions takes under 2x one generate. Not part of the tests or CI.
#
# Environment:
#   RUNS=N     measured runs per contender (default 7)
#   SPECS=DIR  input folder (default <repo>/../shared/specs)
#   OUT=DIR    work folder (default <repo>/.build-diff-bench)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
SPECS="${SPECS:-$REPO/../shared/specs}"
OUT="${OUT:-$REPO/.build-diff-bench}"
RUNS="${RUNS:-7}"
F="$SPECS/fireblocks"
if [[ ! -f "$F/swagger.yaml" ]]; then
    echo "skipping: ../shared/specs not found"
    exit 0
fi
# shellcheck source=../.ci/lib.sh
source "$REPO/.ci/lib.sh"
build_generator
mkdir -p "$OUT"

names=("generate newest" "diff 2025-11-13 → 2026-08-10" "diff 2026-08-10 → newest")
# Runs contender $1; with a second argument, under /usr/bin/time appending "$1 seconds KiB" to it.
run_one() {
    local timing=()
    [[ $# -gt 1 ]] && timing=(/usr/bin/time -f "$1 %e %M" -a -o "$2")
    case "$1" in
        0) rm -rf "$OUT/out"; ${timing[@]+"${timing[@]}"} "$GEN" generate "$F/swagger.yaml" --output "$OUT/out" ;;
        1) ${timing[@]+"${timing[@]}"} "$GEN" diff "$F/swagger-1.6.2-2025-11-13-4e67146.yaml" "$F/swagger-1.6.2-2026-08-10-bf58853.yaml" ;;
        2) ${timing[@]+"${timing[@]}"} "$GEN" diff "$F/swagger-1.6.2-2026-08-10-bf58853.yaml" "$F/swagger.yaml" ;;
    esac >/dev/null 2>&1
}
: >"$OUT/times.tsv"
for i in 0 1 2; do run_one "$i"; done   # warm-up
for _ in $(seq "$RUNS"); do
    for i in 0 1 2; do run_one "$i" "$OUT/times.tsv"; done
done
python3 - "$OUT/times.tsv" "$RUNS" "${names[@]}" <<'PY'
import statistics, sys
path, runs, names = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = {}
for line in open(path):
    i, seconds, kib = line.split()
    rows.setdefault(int(i), []).append((float(seconds), int(kib)))
base = statistics.median(s for s, _ in rows[0])
print(f"| run ({runs} runs, median) | s | x generate | peak MiB |")
print("|---|---|---|---|")
for i, name in enumerate(names):
    med = statistics.median(s for s, _ in rows[i])
    peak = max(k for _, k in rows[i]) / 1024
    print(f"| {name} | {med:.3f} | {med / base:.2f} | {peak:.0f} |")
worst = max(statistics.median(s for s, _ in rows[i]) for i in (1, 2)) / base
print(f"\ntarget: a diff under 2x one generate: {'PASS' if worst < 2 else 'MISS'} ({worst:.2f}x)")
PY
