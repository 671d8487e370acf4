# acquire with a timeout on a held lock returns False after about that long.
import threading
import time

lock = threading.Lock()
lock.acquire()
t0 = time.monotonic()
r = lock.acquire(timeout=0.2)
dt = time.monotonic() - t0
print(r, dt >= 0.15, dt < 2)
t0 = time.monotonic()
r = lock.acquire(True, 0.05)
print(r, time.monotonic() - t0 >= 0.03)
print(lock.acquire(timeout=0))

# Another thread times out too, and the main thread still holds the lock.
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=0.1)))
t.start()
t.join()
print(res, lock.locked())

# Released during the wait: acquired before the timeout.
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=5)))
t.start()
time.sleep(0.05)
lock.release()
t.join()
print(res, lock.locked())

r = threading.RLock()
t = threading.Thread(target=r.acquire)
t.start()
t.join()
t0 = time.monotonic()
print(r.acquire(timeout=0.1), time.monotonic() - t0 >= 0.07)
print(r.acquire(False))
print(threading.TIMEOUT_MAX > 1e6, type(threading.TIMEOUT_MAX).__name__)
