# Consumers that poll with get(timeout) and stop on Empty after a "done"
# flag is set -- a common shutdown pattern.
import queue
import threading

q = queue.Queue()
finished = threading.Event()
totals = []
lock = threading.Lock()


def consumer():
    total = 0
    while True:
        # Read the flag before polling: once it is set every item is in
        # the queue, so a poll that then comes back empty means the end.
        last_round = finished.is_set()
        try:
            item = q.get(timeout=0.01)
        except queue.Empty:
            if last_round:
                break
            continue
        total += item
    with lock:
        totals.append(total)


threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for n in range(500):
    q.put(n)
finished.set()
for t in threads:
    t.join()
print("total", sum(totals), "consumers", len(totals), "left", q.qsize())
