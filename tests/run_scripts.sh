#!/bin/sh
# run_scripts.sh GILT - Run the script tests with GILT and compare with the
# outputs CPython produced (tests/regen_expected.sh).
#
# Each tests/scripts/<area>/<name>.py with a <name>.out runs in its own
# directory. Its stdout must equal <name>.out. When CPython exited with an
# error, <name>.err holds "exit N" and the last line of its stderr, and gilt
# must match both; otherwise gilt must exit 0. Files and directories whose
# names start with "_" are helpers (imported by tests), not tests.
#
# tests/gilt/<area>/ holds the tests of gilt's own features (the gil
# module, the GIL options), which CPython has no counterpart for: each
# checks its results itself and its .out, written by hand, holds only the
# fixed lines it prints. See tests/gilt/README.md.
#
# GILT_TEST_AREAS="a b" limits the run to those areas; GILT_TEST_TIMEOUT
# sets the per-test limit in seconds (default 60); GILT_TEST_JOBS the
# number of tests run at once (default 2); GILT_TEST_SKIP_HEAVY=1 skips
# the tests marked "# gilt-test: heavy" (run_one.sh).
set -u
gilt=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")" && pwd)
timeout=${GILT_TEST_TIMEOUT:-60}
jobs=${GILT_TEST_JOBS:-2}
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

list_tests() {
    if [ -n "${GILT_TEST_AREAS:-}" ]; then
        for a in $GILT_TEST_AREAS; do
            find "$root/scripts/$a" "$root/gilt/$a" -name '*.py' ! -path '*/_*' 2>/dev/null
        done
    else
        find "$root/scripts" "$root/gilt" -name '*.py' ! -path '*/_*'
    fi | sort
}

export gilt root timeout results
list_tests | xargs -P "$jobs" -n 1 sh "$(dirname "$0")/run_one.sh"

pass=0
fail=0
skip=0
for r in "$results"/*.result; do
    [ -f "$r" ] || continue
    if grep -q '^PASS' "$r"; then
        pass=$((pass + 1))
    elif grep -q '^SKIP' "$r"; then
        skip=$((skip + 1))
    else
        fail=$((fail + 1))
        cat "$r"
    fi
done
[ "$skip" = 0 ] || echo "$skip skipped (marked heavy, run by make test)"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
