#!/usr/bin/env bash
# The generated clients' tests under ThreadSanitizer: the companion targets (FireblocksConnectedAccounts,
# CoverageClient, TemplateOverrideExample, HostileClient) and their tests over loopback HTTP, built with
# `--sanitize=thread` in a build folder of their own. Any data race report fails the run.
#
# Environment:
#   TSAN_FILTER=REGEX   the tests to run (default: the generated clients' test targets)
#   OUT=DIR             the build folder (default <repo>/.build-tsan)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO"
FILTER="${TSAN_FILTER:-FireblocksConnectedAccountsTests|CoverageClientTests|TemplateOverrideExampleTests|HostileClientTests}"
OUT="${OUT:-$REPO/.build-tsan}"
LOG="$OUT/tsan.log"

mkdir -p "$OUT"
echo "== the generated clients' tests under ThreadSanitizer ($FILTER)"
# TSAN_OPTIONS: stop at the first report with a failing status, so a race cannot pass unnoticed.
status=0
TSAN_OPTIONS="halt_on_error=1:abort_on_error=0:exitcode=66" \
    swift test --sanitize=thread --scratch-path "$OUT" --filter "$FILTER" 2>&1 | tee "$LOG" || status=$?
if grep -q "WARNING: ThreadSanitizer" "$LOG"; then
    echo "error: ThreadSanitizer reported a data race (see $LOG)"
    exit 1
fi
if [[ $status -ne 0 ]]; then
    echo "error: the tests failed under ThreadSanitizer (exit $status; see $LOG)"
    exit 1
fi
echo "== no data races"
