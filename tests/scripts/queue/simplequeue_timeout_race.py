# Getters with short timeouts race with puts on a SimpleQueue: an item
# handed over just as a get() times out is not lost -- every item is
# either received or still queued.
import queue
import threading

q = queue.SimpleQueue()
received = []
lock = threading.Lock()
stop = threading.Event()


def getter():
    mine = []
    while not stop.is_set():
        try:
            mine.append(q.get(timeout=0.0005))
        except queue.Empty:
            pass
    with lock:
        received.extend(mine)


threads = [threading.Thread(target=getter) for _ in range(6)]
for t in threads:
    t.start()
for n in range(3000):
    q.put(n)
    if n % 50 == 0:
        threading.Event().wait(0.001)
stop.set()
for t in threads:
    t.join()
left = []
while not q.empty():
    left.append(q.get_nowait())
print("accounted for", sorted(received + left) == list(range(3000)))
