#!/usr/bin/env bash
# Time and peak memory of the generator (release) on hostile inputs (Benchmarks/hostile.py: alias
# bombs of 1 MB, input nested 20,000 deep, a 3,000-deep schema, 10,000-long reference chains), each
# as the median of RUNS runs, beside a baseline run in the same invocation (the whole Fireblocks API
# when ../shared/specs is there, the seed spec otherwise). The target: a 1 MB alias bomb stays
# under 256 MiB with the default limits. Not part of the tests or of CI.
#
# Environment:
#   RUNS=N    measured runs per input (default 3)
#   OUT=DIR   work folder (default <repo>/.build-hostile)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${OUT:-$REPO/.build-hostile}"
RUNS="${RUNS:-3}"
# shellcheck source=../.ci/lib.sh
source "$REPO/.ci/lib.sh"
build_generator
mkdir -p "$OUT"

baseline="$REPO/../shared/specs/fireblocks/swagger.yaml"
baseline_name="the whole Fireblocks API (baseline)"
if [[ ! -f "$baseline" ]]; then
    echo "notice: ../shared/specs not found; the baseline is the seed spec" >&2
    baseline="$REPO/spec/swagger.yaml"
    baseline_name="the seed spec (baseline)"
fi

# Prints "median-seconds<TAB>median-KiB<TAB>exit<TAB>first error or summary<TAB>output bytes".
measure() {
    local file="$1"; shift
    local times=() kibs=() status=0 line
    for _ in $(seq "$RUNS"); do
        rm -rf "$OUT/out"
        status=0
        /usr/bin/time -f '%e %M' -o "$OUT/time" "$GEN" generate "$file" --output "$OUT/out" "$@" >"$OUT/stdout" 2>"$OUT/stderr" || status=$?
        read -r seconds kib < <(tail -n 1 "$OUT/time")
        times+=("$seconds"); kibs+=("$kib")
    done
    line="$(grep -m1 'error:' "$OUT/stderr" | sed 's/^[^ ]*: error: /error: /' | cut -c1-90 || true)"
    [[ -n "$line" ]] || line="$(tail -n 1 "$OUT/stderr" | cut -c1-90)"
    local bytes=0
    [[ -d "$OUT/out" ]] && bytes="$(du -sb "$OUT/out" | cut -f1)"
    printf '%s\t%s\t%s\t%s\t%s\n' \
        "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" \
        "$(printf '%s\n' "${kibs[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" \
        "$status" "$line" "$bytes"
}

echo "| input | size | exit | median s | × baseline | peak MiB | × baseline | output | what it said |"
echo "|---|---|---|---|---|---|---|---|---|"
IFS=$'\t' read -r base_s base_kib base_status base_line base_bytes < <(measure "$baseline")
printf '| %s | %s | %s | %s | 1 | %s | 1 | %s | %s |\n' "$baseline_name" "$(stat -c %s "$baseline")" "$base_status" "$base_s" \
    "$((base_kib / 1024))" "$base_bytes" "$base_line"
verdict=0
while IFS=$'\t' read -r name file arguments; do
    # shellcheck disable=SC2086
    IFS=$'\t' read -r s kib status line bytes < <(measure "$file" $arguments)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(stat -c %s "$file")" "$status" "$s" \
        "$(python3 -c "print(round($s / max($base_s, 0.001), 2))")" "$((kib / 1024))" \
        "$(python3 -c "print(round($kib / $base_kib, 2))")" "$bytes" "$line"
    if [[ "$name" == *"1 MB" && $kib -ge $((256 * 1024)) ]]; then verdict=1; fi
done < <(python3 "$REPO/Benchmarks/hostile.py" "$OUT/inputs")
if [[ $verdict -eq 0 ]]; then echo; echo "PASS: every 1 MB alias bomb stayed under 256 MiB with the default limits"; else echo; echo "MISS: a 1 MB alias bomb took 256 MiB or more with the default limits"; fi
