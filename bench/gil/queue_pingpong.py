"""Items per second through a queue.Queue from one thread to another."""
import queue
import threading
import time

N = 100_000
q = queue.Queue()


def consume():
    for _ in range(N):
        q.get()


t0 = time.perf_counter()
c = threading.Thread(target=consume)
c.start()
for i in range(N):
    q.put(i)
c.join()
dt = time.perf_counter() - t0
print(f"rate {N / dt:.0f}")
