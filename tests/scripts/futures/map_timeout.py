# map(timeout=...) raises TimeoutError when a result is late; the
# iterator cancels the calls that have not started.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ran = []


def task(n):
    if n == 0:
        gate.wait()
    ran.append(n)
    return n


ex = ThreadPoolExecutor(max_workers=1)
it = ex.map(task, range(5), timeout=0.05)
try:
    print(next(it))
except TimeoutError as e:
    print("first result:", type(e).__name__)
gate.set()
ex.shutdown(wait=True)
print("ran", ran)

# Closing a map iterator early cancels the calls that have not started.
ex = ThreadPoolExecutor(max_workers=1)
gate2 = threading.Event()
ran.clear()


def task2(n):
    if n > 0:
        gate2.wait()
    ran.append(n)
    return n


it = ex.map(task2, range(6))
print("first", next(it))
it.close()
gate2.set()
ex.shutdown(wait=True)
print("2..5 never ran", not any(n in ran for n in range(2, 6)), "0 ran", 0 in ran)
