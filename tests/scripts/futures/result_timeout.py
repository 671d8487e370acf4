# result(timeout) and exception(timeout) raise TimeoutError -- the builtin
# one since 3.11 -- when the future is not done in time.
import concurrent.futures as cf
import threading
import time
from concurrent.futures import Future

print("cf.TimeoutError is builtin", cf.TimeoutError is TimeoutError)

f = Future()
start = time.monotonic()
try:
    f.result(timeout=0.05)
except TimeoutError as e:
    waited = time.monotonic() - start
    print("result:", type(e).__name__, repr(e), "waited enough", waited >= 0.04)
try:
    f.exception(timeout=0)
except cf.TimeoutError as e:
    print("exception:", type(e).__name__)
try:
    f.result(timeout=-1)
except TimeoutError:
    print("negative timeout: TimeoutError")

# A result that arrives within the timeout is returned.
g = Future()
started = threading.Event()


def finish():
    started.wait()
    time.sleep(0.02)
    g.set_result("late")


t = threading.Thread(target=finish)
t.start()
started.set()
print("in time:", g.result(timeout=10))
t.join()

with cf.ThreadPoolExecutor(1) as ex:
    gate = threading.Event()
    fut = ex.submit(gate.wait)
    try:
        fut.result(timeout=0.05)
    except TimeoutError:
        print("pool future: TimeoutError, running", fut.running())
    gate.set()
    print("then", fut.result())
