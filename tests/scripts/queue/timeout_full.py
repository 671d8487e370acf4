# put(timeout=t) on a full bounded queue waits about t seconds, then
# raises Full; the item is not added.
import queue
import time

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=2)
    q.put(1)
    q.put(2)
    start = time.monotonic()
    try:
        q.put(3, timeout=0.05)
    except queue.Full as e:
        waited = time.monotonic() - start
        print(cls.__name__, type(e).__name__, "waited", waited >= 0.04, "qsize", q.qsize())
    try:
        q.put(3, True, 0)
    except queue.Full:
        print("  timeout 0: Full")
    print("  items", sorted(q.queue))
