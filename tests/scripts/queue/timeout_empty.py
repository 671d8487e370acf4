# get(timeout=t) waits about t seconds, then raises Empty.
import queue
import time

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()):
    start = time.monotonic()
    try:
        q.get(timeout=0.05)
    except queue.Empty as e:
        waited = time.monotonic() - start
        print(type(q).__name__, type(e).__name__, "waited", waited >= 0.04)
    start = time.monotonic()
    try:
        q.get(True, 0)
    except queue.Empty:
        print("  timeout 0: Empty, no wait", time.monotonic() - start < 1)
