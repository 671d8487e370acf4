#!/bin/sh
# run_one.sh TEST.py - One script test for run_scripts.sh (which exports
# gilt, root, timeout and results); writes PASS/FAIL to $results.
t=$1
base=${t%.py}
[ -f "$base.out" ] || exit 0
name=${t#"$root"/}
key=$(echo "$name" | tr '/' '_')
# A test marked "# gilt-test: heavy" allocates too much for a collection
# at every safe point; `make check` (GILT_TEST_SKIP_HEAVY=1) counts it as
# skipped, `make test` runs it.
if [ -n "${GILT_TEST_SKIP_HEAVY:-}" ] && grep -q '^# gilt-test: heavy' "$t"; then
    echo "SKIP $name (heavy under GC stress)" > "$results/$key.result"
    exit 0
fi
out="$results/$key.stdout"
err="$results/$key.stderr"
(cd "$(dirname "$t")" && timeout "$timeout" "$gilt" "$(basename "$t")" \
    > "$out" 2> "$err" < /dev/null)
status=$?
why=""
if ! cmp -s "$out" "$base.out"; then
    why="stdout differs"
elif [ -f "$base.err" ]; then
    want_status=$(sed -n '1s/^exit //p' "$base.err")
    want_line=$(sed -n '2p' "$base.err")
    got_line=$(tail -n 1 "$err")
    if [ "$status" != "$want_status" ]; then
        why="exit status $status, expected $want_status"
    elif [ "$got_line" != "$want_line" ]; then
        why="last stderr line: $got_line"
    fi
elif [ "$status" != 0 ]; then
    why="exit status $status: $(tail -n 1 "$err")"
fi
if [ -n "$why" ]; then
    echo "FAIL $name ($why)" > "$results/$key.result"
else
    echo "PASS $name" > "$results/$key.result"
fi
