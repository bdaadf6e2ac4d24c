#!/usr/bin/env bash
# Generates the 40 reference documents (the seed spec, the Fireblocks revisions and the real-world
# corpus) with one generator binary, in the single and the letters layouts, into one folder: the generated
# files under out/, and each run's diagnostics and exit status under diag/. Two snapshots taken with
# two binaries are compared with `diff -r`, which is how a refactor shows it changed no byte:
#
#   .ci/snapshot-corpus.sh /tmp/old-bin /tmp/snap-old
#   .ci/snapshot-corpus.sh .build/release/openapi-swift-gen /tmp/snap-new
#   diff -r /tmp/snap-old /tmp/snap-new && echo identical
#
# Without ../shared/specs it snapshots the seed spec alone and says so.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
GEN="${1:?usage: snapshot-corpus.sh GENERATOR-BINARY OUTPUT-FOLDER}"
DEST="${2:?usage: snapshot-corpus.sh GENERATOR-BINARY OUTPUT-FOLDER}"
SPECS="${SPECS:-$REPO/../shared/specs}"
GEN="$(cd "$(dirname "$GEN")" && pwd)/$(basename "$GEN")"

docs=("$REPO/spec/swagger.yaml")
if [[ -d "$SPECS/realworld" ]]; then
    for f in "$SPECS"/fireblocks/*.yaml "$SPECS"/realworld/*.yaml "$SPECS"/realworld/*.json; do
        docs+=("$f")
    done
else
    echo "notice: $SPECS not found; only spec/swagger.yaml is snapshotted" >&2
fi

rm -rf "$DEST"
mkdir -p "$DEST/out" "$DEST/diag"
# Diagnostics name the spec by the path it was given: run from the spec's folder with a relative
# name so that snapshots taken from different clones compare equal.
for doc in "${docs[@]}"; do
    group="$(basename "$(dirname "$doc")")"
    name="$group-$(basename "$doc")"
    for layout in single letters; do
        out="$DEST/out/$name-$layout"
        status=0
        (cd "$(dirname "$doc")" && "$GEN" generate "$(basename "$doc")" --layout "$layout" --output "$out") \
            >"$DEST/diag/$name-$layout.stdout" 2>"$DEST/diag/$name-$layout.stderr" || status=$?
        echo "$status" >"$DEST/diag/$name-$layout.status"
    done
done
# Paths of the output folder may appear in messages; make them independent of DEST.
sed -i "s#$DEST#<snapshot>#g" "$DEST"/diag/*
echo "snapshot of ${#docs[@]} documents in $DEST"
