#!/bin/sh
# regen_expected.sh [FILE.py...] - Write each script test's expected output
# by running it with CPython (python3): <name>.out is its stdout, and when
# it exits non-zero, <name>.err holds "exit N" and the last line of its
# stderr. With no arguments, every test under tests/scripts is redone.
set -u
root=$(cd "$(dirname "$0")/scripts" && pwd)
py=${PYTHON:-python3}
if [ $# -eq 0 ]; then
    set -- $(find "$root" -name '*.py' ! -path '*/_*' | sort)
fi
for t in "$@"; do
    t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
    base=${t%.py}
    (cd "$(dirname "$t")" && timeout 120 "$py" "$(basename "$t")" \
        > "$base.out" 2> "$base.stderr.tmp" < /dev/null)
    status=$?
    if [ "$status" != 0 ]; then
        printf 'exit %s\n%s\n' "$status" "$(tail -n 1 "$base.stderr.tmp")" > "$base.err"
    else
        rm -f "$base.err"
    fi
    rm -f "$base.stderr.tmp"
done
