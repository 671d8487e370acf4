"""
Description: By default gilt switches between CPU-bound threads every
sys.getcheckinterval() bytecode instructions (1,000,000), not every
sys.getswitchinterval() seconds, and a thread back from I/O gets the GIL
at once instead of waiting up to the switch interval. sys.setcheckinterval
and sys.getcheckinterval exist and work (CPython 3.9 removed them).
Cause: gilt's default GIL policy is `ticks`; CPython 3.11's behaviour is
the `interval` policy.
Workaround: run `gilt --gil=interval` (or `gil.set_policy("interval")`)
to get CPython 3.11's switching, convoy effect included. Correct threaded
code never depends on when switches happen.
"""
import sys

print(sys.getswitchinterval())  # 0.005 on both
if hasattr(sys, "getcheckinterval"):
    print("check interval:", sys.getcheckinterval())  # gilt only
