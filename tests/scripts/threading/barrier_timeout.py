# Barrier timeouts: wait(timeout) and the constructor's default timeout.
import threading
import time

b = threading.Barrier(2)
t0 = time.monotonic()
try:
    b.wait(0.1)
except threading.BrokenBarrierError:
    print("timed out", time.monotonic() - t0 >= 0.08, b.broken)
b.reset()

b = threading.Barrier(3, timeout=0.1)
errs = []

def w():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")

t = threading.Thread(target=w)
t.start()
try:
    b.wait()
except threading.BrokenBarrierError:
    errs.append("broken")
t.join()
print(errs, b.broken)

# A timeout long enough lets everyone pass.
b = threading.Barrier(2, timeout=0.01)
res = []
t = threading.Thread(target=lambda: res.append(b.wait(timeout=10)))
t.start()
res.append(b.wait(timeout=10))
t.join()
print(sorted(res))
