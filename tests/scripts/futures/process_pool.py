# ProcessPoolExecutor exists but cannot be made yet on gilt (no
# multiprocessing). On CPython it runs; both print the same lines.
import concurrent.futures as cf
from concurrent.futures import ProcessPoolExecutor, Executor

print("is Executor", issubclass(ProcessPoolExecutor, Executor))
print("in __all__", "ProcessPoolExecutor" in cf.__all__)
print("name", ProcessPoolExecutor.__name__)
from concurrent.futures.process import BrokenProcessPool
print("BrokenProcessPool", issubclass(BrokenProcessPool, cf.BrokenExecutor))
