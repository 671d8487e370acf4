# The notes' ThreadPoolExecutor example, made deterministic: workers
# record instead of printing, with short sleeps.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

processed = []
lock = threading.Lock()
active = 0
max_active = 0


def worker(n):
    global active, max_active
    with lock:
        processed.append(n)
        active += 1
        max_active = max(max_active, active)
    time.sleep(0.05)
    with lock:
        active -= 1
    return n * n


start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as executor:
    results = executor.map(worker, [1, 2, 3, 4, 5])
    for result in results:
        print(f"Result: {result}")
elapsed = time.monotonic() - start
print("Processed", sorted(processed))
# Three workers: the sleeps overlap, so at least two rounds of 0.05 s.
print("overlapped", max_active >= 2, "took two rounds", elapsed >= 0.09)
