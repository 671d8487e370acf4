"""
Description: concurrent.futures.ProcessPoolExecutor exists in gilt (it can
be imported, subclassed and named in isinstance checks) but making one
raises NotImplementedError("ProcessPoolExecutor needs multiprocessing,
which gilt does not have yet"). CPython starts worker processes.
Cause: gilt has no multiprocessing module yet, which the executor is
built on; running the calls some other way (say, in threads) would be
silently different.
Workaround: use ThreadPoolExecutor, whose API is the same, for I/O-bound
work; CPU-bound work gets no speed-up from threads under the GIL.
"""
from concurrent.futures import ProcessPoolExecutor

try:
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(abs, [-1, -2])))  # CPython: [1, 2]
except NotImplementedError as e:
    print("NotImplementedError:", e)  # gilt
