# Condition.wait(timeout) returns False when nobody notifies.
import threading
import time

cond = threading.Condition()
with cond:
    t0 = time.monotonic()
    r = cond.wait(0.1)
    dt = time.monotonic() - t0
print(r, dt >= 0.08)
with cond:
    print(cond.wait(0))
    print(cond.wait(-1))
    print(cond.wait(timeout=0.01))
# A timed-out waiter is no longer registered.
print(len(cond._waiters))

# A notify before the timeout makes it True.
res = []

def w():
    with cond:
        res.append(cond.wait(5))

t = threading.Thread(target=w)
t.start()
while True:
    with cond:
        if cond._waiters:
            cond.notify()
            break
t.join()
print(res)
