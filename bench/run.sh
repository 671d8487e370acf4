#!/bin/sh
# run.sh GILT - `make bench`: the benchmarks side by side with CPython.
exec python3 "$(dirname "$0")/run.py" "$@"
