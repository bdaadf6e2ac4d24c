#!/usr/bin/env bash
# Real-world corpus check: generate a client from every document in ../shared/specs/realworld (plus the
# whole Fireblocks API and Fireblocks' separately published api-spec-v2), then compile all generated clients in ONE SwiftPM package, so the runtime
# dependencies build once and the generated targets compile in parallel. Prints a Markdown table and
# the distinct compile errors; exits non-zero when a generated target does not compile cleanly or
# when an OpenAPI 3.x document is rejected (see .ci/corpus.py for the verdict). Each document that
# generates is also run with --strict, to report which ones it would refuse.
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
# shellcheck source=lib.sh
source "$REPO/.ci/lib.sh"
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
# .sources.tsv), the whole Fireblocks API and the api-spec-v2 document Fireblocks publishes on its
# own (an older, differently edited revision), optionally narrowed by CORPUS_ONLY.
list_documents() {
    local f name
    for f in "$SPECS"/realworld/*.yaml "$SPECS"/realworld/*.yml "$SPECS"/realworld/*.json \
             "$SPECS"/fireblocks/swagger.yaml "$SPECS"/fireblocks/api-spec-v2-*.yaml; do
        [[ -f "$f" ]] || continue
        name="$(basename "$f")"
        if [[ -n "${CORPUS_ONLY:-}" && ",$CORPUS_ONLY," != *",$name,"* ]]; then
            continue
        fi
        echo "$f"
    done | sort -f
}

# Generates one document into WORK/<target>/ and appends
# "<target>\t<doc>\t<exit status>\t<seconds>\t<peak KiB>\t<exit status with --strict>" to
# results/generate.tsv (the last field is empty when the document does not generate at all).
generate_one() {
    local target="$1" doc="$2" status=0 secs="" kib="" strict=""
    # A fresh folder: no stale files from an earlier run (or generator version) get compiled.
    rm -rf "${WORK:?}/$target"
    /usr/bin/time -f '%e %M' -o "$WORK/results/$target.time" \
        "$GEN" generate "$doc" --output "$WORK/$target" \
        >"$WORK/results/$target.stdout" 2>"$WORK/results/$target.stderr" || status=$?
    # GNU time prepends "Command exited with non-zero status N" when the tool fails: take the last line.
    read -r secs kib < <(tail -n 1 "$WORK/results/$target.time") || true
    if ((status == 0)); then
        # --dry-run: the same pipeline, and the folder just written stays as it is.
        strict=0
        "$GEN" generate "$doc" --strict --dry-run --output "$WORK/$target" \
            >/dev/null 2>"$WORK/results/$target.strict.stderr" || strict=$?
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$doc" "$status" "$secs" "$kib" "$strict" >>"$WORK/results/generate.tsv"
    printf '   %-50s exit %s, %ss, %s KiB, --strict exit %s\n' "$target" "$status" "$secs" "$kib" "${strict:-—}" >&2
}

# Builds the generated targets (debug) in one package, with a time limit for all of it.
#
# swift build has no "keep going": the first target with an error stops the whole build, and the
# targets still waiting are never compiled. So the build goes in rounds: after a failed round, the
# targets that had errors leave the package and the rest is built again (what compiled stays built,
# so a round redoes only what was cut short). It ends when a round succeeds, when a failure names no
# target, or at the time limit. The log of every round is appended to results/build.log; results/
# build.tsv gets "status" (of the last round, 124 on time-out), "seconds" and "rounds".
compile_corpus() {
    local pending=("$@") failed=() start now status=0 rounds=0 t
    # Forget earlier runs' products of these targets: the build compiles every one of them afresh, and
    # a target that did not get compiled this time (build stopped) cannot look like a success.
    for t in "${pending[@]}"; do
        rm -rf "$WORK/.build/debug/$t.build" "$WORK/.build/debug/Modules/$t".*
    done
    python3 "$HELPER" package "$WORK" "${pending[@]}"
    # Resolve first, so fetching the mirrors is not inside the timed build.
    (cd "$WORK" && swift package resolve >&2)
    : >"$WORK/results/build.log"

    echo "== compiling ${#pending[@]} generated targets (swift build -j $CORPUS_JOBS, limit ${CORPUS_TIMEOUT}s)" >&2
    start="$(date +%s)"
    while ((${#pending[@]} > 0)); do
        rounds=$((rounds + 1))
        now="$(date +%s)"
        if ((now - start >= CORPUS_TIMEOUT)); then status=124; break; fi
        python3 "$HELPER" package "$WORK" "${pending[@]}"
        status=0
        # timeout signals the whole process group, so the compiler processes stop too.
        (cd "$WORK" && timeout -k 30 $((CORPUS_TIMEOUT - (now - start))) swift build -j "$CORPUS_JOBS" \
            >"$WORK/results/build-last.log" 2>&1) || status=$?
        # 137: timeout had to send KILL after the grace period; still a time-out.
        ((status == 137)) && status=124
        cat "$WORK/results/build-last.log" >>"$WORK/results/build.log"
        echo "   round $rounds: ${#pending[@]} targets, exit status $status, $(($(date +%s) - start)) s so far" >&2
        ((status == 0 || status == 124)) && break
        mapfile -t failed < <(python3 "$HELPER" failed "$WORK" "$WORK/results/build-last.log")
        ((${#failed[@]} == 0)) && break
        echo "   with errors: ${failed[*]}" >&2
        mapfile -t pending < <(printf '%s\n' "${pending[@]}" | grep -vxF -f <(printf '%s\n' "${failed[@]}") || true)
    done
    printf 'status\t%s\nseconds\t%s\nrounds\t%s\n' "$status" "$(($(date +%s) - start))" "$rounds" \
        >"$WORK/results/build.tsv"
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
