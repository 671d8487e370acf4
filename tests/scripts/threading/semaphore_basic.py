# Semaphore: counting, non-blocking and timed acquire, release(n), errors.
import threading
import time

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(blocking=False))
s = threading.Semaphore()
print(s._value, s.acquire(), s.acquire(False))
s.release()
s.release()
print(s._value)
s = threading.Semaphore(3)
print([s.acquire(False) for _ in range(4)])
t0 = time.monotonic()
print(s.acquire(timeout=0.1), time.monotonic() - t0 >= 0.08)
print(s.acquire(True, 0))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
s.release(3)
print(s._value)
for n in (0, -1):
    try:
        s.release(n)
    except ValueError as e:
        print("ValueError:", e)
with s:
    print("with", s._value)
print(s._value)

# A blocked acquire wakes on release from another thread.
s = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s.acquire(timeout=5)))
t.start()
time.sleep(0.02)
s.release()
t.join()
print(got, s._value)

# release(n) wakes n waiters.
s = threading.Semaphore(0)
got = []
lock = threading.Lock()

def w():
    r = s.acquire(timeout=5)
    with lock:
        got.append(r)

ts = [threading.Thread(target=w) for _ in range(4)]
for t in ts:
    t.start()
s.release(4)
for t in ts:
    t.join()
print(got, s._value)
