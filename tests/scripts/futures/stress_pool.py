# gilt-test: heavy (quadratic when the GC collects at every safe point)
# A ThreadPoolExecutor runs 2,000 small tasks submitted at once, and
# 2,000 more through map, from two submitting threads at a time.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

N = 2000
counter = 0
lock = threading.Lock()


def task(n):
    global counter
    with lock:
        counter += 1
    return n * 3 + 1


with ThreadPoolExecutor(max_workers=8) as ex:
    futures = [ex.submit(task, n) for n in range(N)]
    total = sum(f.result() for f in as_completed(futures))
    print("submit", len(futures), total == sum(n * 3 + 1 for n in range(N)))
    print("map", sum(ex.map(task, range(N))) == total)

    # Two threads submitting into the same pool.
    results = [None, None]

    def submitter(k):
        fs = [ex.submit(task, n) for n in range(k, N, 2)]
        results[k] = sum(f.result() for f in fs)

    threads = [threading.Thread(target=submitter, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("two submitters", sum(results) == total)
    print("workers", len(ex._threads) <= 8)
print("calls", counter, "expected", 3 * N)
