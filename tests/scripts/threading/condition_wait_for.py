# Condition.wait_for: predicate, return value, timeout.
import threading
import time

cond = threading.Condition()
items = []

with cond:
    print(cond.wait_for(lambda: True))
    print(cond.wait_for(lambda: 0, timeout=0.05))
    print(cond.wait_for(lambda: "value"))
    t0 = time.monotonic()
    print(cond.wait_for(lambda: items, timeout=0.1), time.monotonic() - t0 >= 0.08)

calls = []

def pred():
    calls.append(1)
    return len(items) >= 3

def producer():
    for i in range(3):
        time.sleep(0.01)
        with cond:
            items.append(i)
            cond.notify_all()

t = threading.Thread(target=producer)
t.start()
with cond:
    r = cond.wait_for(pred, timeout=10)
print(r, items, len(calls) >= 2)
t.join()

# The predicate's value is returned, not just True.
with cond:
    print(cond.wait_for(lambda: items[:2], timeout=1))
