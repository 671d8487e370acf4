# A three-stage pipeline joined by queues: parse -> square -> collect,
# with several threads per stage and None passed down to stop.
import queue
import threading

raw = queue.Queue(maxsize=4)
parsed = queue.Queue(maxsize=4)
squared = queue.SimpleQueue()


def stage(inq, outq, fn, workers_left, lock):
    while True:
        item = inq.get()
        if item is None:
            with lock:
                workers_left[0] -= 1
                last = workers_left[0] == 0
            if last:
                outq.put(None)
            else:
                inq.put(None)  # let the stage's other workers see it
            return
        outq.put(fn(item))


def start(n, inq, outq, fn):
    left, lock = [n], threading.Lock()
    threads = [threading.Thread(target=stage, args=(inq, outq, fn, left, lock))
               for _ in range(n)]
    for t in threads:
        t.start()
    return threads


threads = start(3, raw, parsed, int) + start(2, parsed, squared, lambda x: x * x)
for n in range(300):
    raw.put(str(n))
raw.put(None)

results = []
while (item := squared.get()) is not None:
    results.append(item)
for t in threads:
    t.join()
print(len(results), sum(results), sum(n * n for n in range(300)), max(results))
