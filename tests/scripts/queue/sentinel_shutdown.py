# Shutting down consumers with one sentinel per consumer; each consumer
# reports what it handled.
import queue
import threading

STOP = object()
q = queue.Queue(maxsize=8)
handled = {}
lock = threading.Lock()


def consumer(name):
    count = 0
    while True:
        item = q.get()
        try:
            if item is STOP:
                break
            count += item
        finally:
            q.task_done()
    with lock:
        handled[name] = count


names = [f"c{i}" for i in range(5)]
threads = [threading.Thread(target=consumer, args=(n,)) for n in names]
for t in threads:
    t.start()
for n in range(1, 1001):
    q.put(n)
for _ in threads:
    q.put(STOP)
q.join()
for t in threads:
    t.join()
print(sorted(handled), sum(handled.values()), "alive", any(t.is_alive() for t in threads))
