# Event: set, clear, is_set, wait with and without a timeout.
import threading
import time

e = threading.Event()
print(e.is_set())
t0 = time.monotonic()
print(e.wait(0.1), time.monotonic() - t0 >= 0.08)
print(e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(1))
e.set()
print(e.is_set())
e.clear()
print(e.is_set(), e.wait(0.01))
e.clear()
print(e.is_set())

# Several threads waiting on one event all wake on set().
e = threading.Event()
res = []
lock = threading.Lock()

def w(i):
    r = e.wait(10)
    with lock:
        res.append((i, r))

ts = [threading.Thread(target=w, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
time.sleep(0.02)
e.set()
for t in ts:
    t.join()
print(sorted(res))

# A waiter that times out gets False while others still wait.
e = threading.Event()
out = []
t = threading.Thread(target=lambda: out.append(e.wait(0.05)))
t.start()
t.join()
print(out)

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(e.isSet())
print([str(x.message) for x in w])
