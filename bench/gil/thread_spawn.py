"""Threads started and joined per second."""
import threading
import time

N = 5_000


def nothing():
    pass


t0 = time.perf_counter()
for _ in range(N):
    t = threading.Thread(target=nothing)
    t.start()
    t.join()
dt = time.perf_counter() - t0
print(f"rate {N / dt:.0f}")
