# On gilt, making a ProcessPoolExecutor raises NotImplementedError
# (needs multiprocessing); on CPython this script checks it can be made.
import sys
from concurrent.futures import ProcessPoolExecutor

try:
    ex = ProcessPoolExecutor(max_workers=1)
except NotImplementedError as e:
    ok = sys.implementation.name != "cpython"
    print("not implemented", ok, "multiprocessing" in str(e))
else:
    ex.shutdown()
    print("not implemented", True, True)
