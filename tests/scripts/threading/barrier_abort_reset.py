# Barrier: abort() breaks it for all waiters, reset() repairs it, an
# exception in the action breaks it.
import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()

def w():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)

ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.reset()
print(b.broken)

# reset() while threads wait: they get BrokenBarrierError, the barrier is
# usable afterwards.
errors.clear()
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts:
    t.join()
print(errors, b.broken)
res = []

def ok():
    res.append(b.wait() >= 0)

ts = [threading.Thread(target=ok) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)

# An action that raises breaks the barrier; the thread that ran it gets
# the exception, the others BrokenBarrierError.
def bad_action():
    raise ZeroDivisionError("in action")

b = threading.Barrier(3, action=bad_action)
outcome = []

def w2():
    try:
        b.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
    except ZeroDivisionError as e:
        outcome.append("action: " + str(e))

ts = [threading.Thread(target=w2) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcome), b.broken)
