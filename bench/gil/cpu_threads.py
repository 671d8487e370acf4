"""Two CPU-bound threads against the same work done sequentially.
Prints the ratio threads/sequential (1.0: threads cost nothing extra)."""
import threading
import time

N = 2_000_000


def work(n):
    x = 0
    for i in range(n):
        x += i & 7
    return x


t0 = time.perf_counter()
work(N)
work(N)
seq = time.perf_counter() - t0

t0 = time.perf_counter()
ts = [threading.Thread(target=work, args=(N,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
par = time.perf_counter() - t0
print(f"ratio {par / seq:.4f}")
