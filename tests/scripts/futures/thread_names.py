# Worker threads are named <prefix>_<n>; without a prefix the prefix is
# ThreadPoolExecutor-<k>, k counting executors made without one.
import threading
from concurrent.futures import ThreadPoolExecutor


def names_of(ex, workers):
    # Hold every worker until all have started, so each call gets its own.
    barrier = threading.Barrier(workers)

    def who():
        barrier.wait()
        return threading.current_thread().name

    return sorted(f.result() for f in [ex.submit(who) for _ in range(workers)])


with ThreadPoolExecutor(max_workers=3) as ex:
    print(names_of(ex, 3))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as ex:
    print(names_of(ex, 2))
with ThreadPoolExecutor(max_workers=2) as ex:
    print(names_of(ex, 2))
    print("daemon", ex.submit(lambda: threading.current_thread().daemon).result())
print("prefix attr", ThreadPoolExecutor(thread_name_prefix="x")._thread_name_prefix)
