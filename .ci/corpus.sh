#!/usr/bin/env bash
# Real-world corpus check: generate a client from every document in ../shared/specs/realworld (plus the
# whole Fireblocks API), then compile all generated clients in ONE SwiftPM package, so the runtime
# dependencies build once and the generated targets compile in parallel. Prints a Markdown table and
# the distinct compile errors; exits non-zero when a generated target does not compile cleanly or
# when more OpenAPI 3.x documents are rejected than allowed (see .ci/corpus.py for the verdict).
#
# Environment:
#   SPECS=DIR                 input folder (default <repo>/../shared/specs)
#   WORK=DIR                  work folder (default <repo>/.build-corpus)
#   CORPUS_ONLY=a.yaml,b.json only these documents (file names; fireblocks' is "swagger.yaml")
#   CORPUS_SKIP_COMPILE=1     generate only
#   CORPUS_TIMEOUT=SECONDS    limit for the corpus build (default 1800)
#   CORPUS_JOBS=N             parallel jobs of the corpus build (default 2, the machine's cores)
#   CORPUS_ALLOW_FAILURES=1   report, but exit 0
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
HELPER="$REPO/.ci/corpus.py"
SPECS="${SPECS:-$REPO/../shared/specs}"
WORK="${WORK:-$REPO/.build-corpus}"
CORPUS_TIMEOUT="${CORPUS_TIMEOUT:-1800}"
CORPUS_JOBS="${CORPUS_JOBS:-2}"

if [[ ! -d "$SPECS/realworld" ]]; then
    echo "skipping: ../shared/specs not found"
    exit 0
fi
SPECS="$(cd "$SPECS" && pwd -P)"

# The documents to run: every spec in realworld/ (no PROVENANCE.md, no dotfiles such as
# .sources.tsv) and the whole Fireblocks API, optionally narrowed by CORPUS_ONLY.
list_documents() {
    local f name
    for f in "$SPECS"/realworld/*.yaml "$SPECS"/realworld/*.yml "$SPECS"/realworld/*.json \
             "$SPECS"/fireblocks/swagger.yaml; do
        [[ -f "$f" ]] || continue
        name="$(basename "$f")"
        if [[ -n "${CORPUS_ONLY:-}" && ",$CORPUS_ONLY," != *",$name,"* ]]; then
            continue
        fi
        echo "$f"
    done | sort -f
}

build_generator() {
    echo "== building the generator (release)" >&2
    (cd "$REPO" && swift build -c release --product openapi-swift-gen >&2)
    GEN="$(cd "$REPO" && swift build -c release --show-bin-path)/openapi-swift-gen"
}

# Generates one document into WORK/<target>/ and appends
# "<target>\t<doc>\t<exit status>\t<seconds>\t<peak KiB>" to results/generate.tsv.
generate_one() {
    local target="$1" doc="$2" status=0 secs="" kib=""
    # A fresh folder: no stale files from an earlier run (or generator version) get compiled.
    rm -rf "${WORK:?}/$target"
    /usr/bin/time -f '%e %M' -o "$WORK/results/$target.time" \
        "$GEN" generate "$doc" --output "$WORK/$target" \
        >"$WORK/results/$target.stdout" 2>"$WORK/results/$target.stderr" || status=$?
    # GNU time prepends "Command exited with non-zero status N" when the tool fails: take the last line.
    read -r secs kib < <(tail -n 1 "$WORK/results/$target.time") || true
    printf '%s\t%s\t%s\t%s\t%s\n' "$target" "$doc" "$status" "$secs" "$kib" >>"$WORK/results/generate.tsv"
    printf '   %-50s exit %s, %ss, %s KiB\n' "$target" "$status" "$secs" "$kib" >&2
}

# Writes WORK/Package.swift for the generated targets and builds it once (debug), with a time limit.
# Records "status" (124 on time-out) and "seconds" in results/build.tsv; the log is results/build.log.
compile_corpus() {
    local targets=("$@") start end status=0
    python3 "$HELPER" package "$WORK" "${targets[@]}"
    echo "== compiling ${#targets[@]} generated targets (swift build -j $CORPUS_JOBS, limit ${CORPUS_TIMEOUT}s)" >&2
    # Forget earlier runs' products of these targets: the build compiles every one of them afresh, and
    # a target that did not get compiled this time (build stopped) cannot look like a success.
    local t
    for t in "${targets[@]}"; do
        rm -rf "$WORK/.build/debug/$t.build" "$WORK/.build/debug/Modules/$t".*
    done
    # Resolve first, so fetching the mirrors is not inside the timed build.
    (cd "$WORK" && swift package resolve >&2)
    start="$(date +%s.%N)"
    # timeout signals the whole process group, so the compiler processes stop too.
    (cd "$WORK" && timeout -k 30 "$CORPUS_TIMEOUT" swift build -j "$CORPUS_JOBS" >"$WORK/results/build.log" 2>&1) \
        || status=$?
    end="$(date +%s.%N)"
    printf 'status\t%s\nseconds\t%s\n' "$status" "$(python3 -c "print($end - $start)")" >"$WORK/results/build.tsv"
    echo "   build exit status $status" >&2
}

main() {
    mkdir -p "$WORK"
    rm -rf "$WORK/results"
    mkdir -p "$WORK/results"

    local docs=()
    mapfile -t docs < <(list_documents)
    if [[ ${#docs[@]} -eq 0 ]]; then
        echo "error: no documents selected (CORPUS_ONLY=${CORPUS_ONLY:-})" >&2
        exit 2
    fi

    build_generator

    echo "== generating ${#docs[@]} documents into $WORK" >&2
    local target doc generated=()
    # Through a file rather than a process substitution, so a failing helper stops the script.
    python3 "$HELPER" names "${docs[@]}" >"$WORK/results/targets.tsv"
    while IFS=$'\t' read -r target doc; do
        generate_one "$target" "$doc"
    done <"$WORK/results/targets.tsv"
    # Targets whose generation succeeded, in table order.
    mapfile -t generated < <(awk -F'\t' '$3 == 0 { print $1 }' "$WORK/results/generate.tsv")

    if [[ "${CORPUS_SKIP_COMPILE:-0}" != 1 && ${#generated[@]} -gt 0 ]]; then
        compile_corpus "${generated[@]}"
    fi

    # The helper's exit status is the verdict; keep a copy of the report next to the logs.
    local verdict
    set +e
    python3 "$HELPER" report "$WORK" | tee "$WORK/results/report.md"
    verdict="${PIPESTATUS[0]}"
    set -e
    if [[ "$verdict" != 0 && "${CORPUS_ALLOW_FAILURES:-0}" == 1 ]]; then
        echo "(CORPUS_ALLOW_FAILURES=1: exiting 0)"
        verdict=0
    fi
    exit "$verdict"
}

main "$@"
