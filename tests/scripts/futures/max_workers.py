# max_workers defaults to min(32, os.cpu_count() + 4) and must be positive;
# no more than max_workers threads are started, idle ones are reused.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor()
print("default", ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)

# Sequential calls mostly reuse an idle worker (how often depends on
# timing), never exceeding max_workers.
with ThreadPoolExecutor(max_workers=4) as ex:
    for n in range(20):
        ex.submit(abs, -n).result()
    print("sequential threads", 1 <= len(ex._threads) <= 4)

# Blocked calls start at most max_workers threads.
gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gate.wait) for _ in range(10)]
    print("blocked threads", len(ex._threads))
    gate.set()
print("all ran", all(f.result() for f in fs))
