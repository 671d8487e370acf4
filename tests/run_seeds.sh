#!/bin/sh
# run_seeds.sh GILT - Run every example in demos/seeds/ with GILT and with
# python3, all at once (they mostly sleep), and compare what they print.
#
# Threads interleave differently from run to run, so the outputs are
# compared as sets of lines (see lines()); the exit statuses must be equal.
# demos/gil/run.py --quick must also run to the end.
set -u
gilt=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
py=${PYTHON:-python3}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here/demos/seeds"
for t in *.py; do
    (timeout 120 "$gilt" "$t" > "$tmp/$t.gilt" 2> "$tmp/$t.gilt.err" < /dev/null
     echo $? > "$tmp/$t.gilt.rc") &
    (timeout 120 "$py" "$t" > "$tmp/$t.py" 2> /dev/null < /dev/null
     echo $? > "$tmp/$t.py.rc") &
done
# The demo is too slow under make check's GC stress (GILT_TEST_SKIP_HEAVY).
if [ -z "${GILT_TEST_SKIP_HEAVY:-}" ]; then
    (cd "$here" && timeout 120 "$gilt" demos/gil/run.py --quick \
        --trace "$tmp/trace.json" > "$tmp/demo.out" 2>&1; echo $? > "$tmp/demo.rc") &
fi
wait
# Two threads printing at once can also run two lines together (print
# writes the text and the newline separately, in CPython as in gilt):
# split them again where a line's end meets the next one's capital.
lines() {
    sed 's/\([0-9.!]\)\([A-Z]\)/\1\
\2/g' "$1" | grep -v '^$' | sort -u
}

pass=0
fail=0
for t in *.py; do
    why=""
    if [ "$(cat "$tmp/$t.gilt.rc")" != "$(cat "$tmp/$t.py.rc")" ]; then
        why="exit $(cat "$tmp/$t.gilt.rc"), python3 exit $(cat "$tmp/$t.py.rc"):"
        why="$why $(tail -n 1 "$tmp/$t.gilt.err")"
    elif [ "$(lines "$tmp/$t.gilt")" != "$(lines "$tmp/$t.py")" ]; then
        why="prints other lines than python3"
    fi
    if [ -n "$why" ]; then
        echo "FAIL demos/seeds/$t ($why)"
        fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
done
if [ -n "${GILT_TEST_SKIP_HEAVY:-}" ]; then
    echo "demos/gil/run.py skipped (heavy under GC stress)"
elif [ "$(cat "$tmp/demo.rc")" = 0 ] && grep -q '^What the table shows' "$tmp/demo.out" &&
   [ -s "$tmp/trace.json" ]; then
    pass=$((pass + 1))
else
    echo "FAIL demos/gil/run.py --quick:"
    tail -n 5 "$tmp/demo.out"
    fail=$((fail + 1))
fi
echo "seeds and demo: $pass passed, $fail failed"
[ "$fail" = 0 ]
