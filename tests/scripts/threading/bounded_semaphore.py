# BoundedSemaphore: cannot be released above its initial value.
import threading

b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b._value)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b._value)
with b:
    print("in with", b._value)
print(b._value)
print(isinstance(b, threading.Semaphore))
try:
    threading.BoundedSemaphore(-3)
except ValueError as e:
    print("ValueError:", e)

# Over-release in another thread raises there, not here.
errs = []

def over():
    try:
        b.release()
    except ValueError as e:
        errs.append(str(e))

t = threading.Thread(target=over)
t.start()
t.join()
print(errs)

# Limiting concurrency: at most 3 workers inside at once.
sem = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
barrier = threading.Barrier(3)

def worker(i):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        if i < 3:
            barrier.wait()  # the first three are inside together
        with lock:
            inside[0] -= 1

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
ts += [threading.Thread(target=worker, args=(i,)) for i in range(3, 12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 3, inside[0], sem._value)
