"""
Description: hash() of a str differs from CPython's, and is the same in
every run (CPython randomises it per process unless PYTHONHASHSEED is set).
Cause: gilt uses its own string hash and no per-process seed.
Workaround: never depend on str hash values or on the iteration order of
sets of strings; sort them before printing.
"""

print(sorted({"b", "a", "c"}))  # portable
