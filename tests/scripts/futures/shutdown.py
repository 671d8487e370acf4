# shutdown(): no new work afterwards, wait=True waits for the queued work,
# cancel_futures=True cancels what has not started; the with statement
# shuts down on exit.
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

ex = ThreadPoolExecutor(max_workers=2)
futures = [ex.submit(pow, 2, n) for n in range(6)]
ex.shutdown(wait=True)
print("after shutdown(wait=True):", all(f.done() for f in futures),
      [f.result() for f in futures])
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    ex.map(abs, [1])
except RuntimeError as e:
    print("map:", type(e).__name__, e)
ex.shutdown()
print("second shutdown is harmless")

# cancel_futures: one call blocks the only worker; the rest are cancelled.
ex = ThreadPoolExecutor(max_workers=1)
started = threading.Event()
gate = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "finished"


first = ex.submit(blocker)
started.wait()
rest = [ex.submit(pow, 3, n) for n in range(4)]
ex.shutdown(wait=False, cancel_futures=True)
print("first running", first.running(), "rest cancelled", [f.cancelled() for f in rest])
gate.set()
print("first", first.result())
try:
    rest[0].result()
except CancelledError as e:
    print("rest[0]:", type(e).__name__)
ex.shutdown(wait=True)

# The context manager returns the executor and waits on exit.
with ThreadPoolExecutor(max_workers=3) as pool:
    print("enter returns executor", type(pool).__name__)
    slow = [pool.submit(sum, range(n)) for n in range(100, 105)]
print("exit waited", [f.done() for f in slow], slow[-1].result())
try:
    pool.submit(abs, -1)
except RuntimeError as e:
    print("after with:", e)

# An exception inside the with block still shuts the pool down and
# propagates.
try:
    with ThreadPoolExecutor(max_workers=2) as pool:
        f = pool.submit(len, "abc")
        raise KeyError("inside")
except KeyError as e:
    print("propagated", repr(e), "future", f.result())
