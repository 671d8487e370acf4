"""Uncontended Lock acquire/release pairs per second."""
import threading
import time

N = 1_000_000
lock = threading.Lock()
t0 = time.perf_counter()
for _ in range(N):
    lock.acquire()
    lock.release()
dt = time.perf_counter() - t0
print(f"rate {N / dt:.0f}")
