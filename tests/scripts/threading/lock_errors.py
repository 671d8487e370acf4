# Lock argument checking and release errors.
import threading

lock = threading.Lock()


def attempt(f, *a, **k):
    try:
        print("->", f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lock.release)
attempt(lock.acquire, False, 1)
attempt(lock.acquire, blocking=False, timeout=0.5)
attempt(lock.acquire, timeout=-2)
attempt(lock.acquire, timeout=-0.5)
attempt(lock.acquire, True, 1e100)
attempt(lock.acquire, timeout=float("nan"))
attempt(lock.acquire, timeout="1")
attempt(lock.acquire, 1, 2, 3)
attempt(lock.release)
lock.acquire()
lock.release()
attempt(lock.release)
print(threading.ThreadError is RuntimeError)

r = threading.RLock()
attempt(r.release)
attempt(r.acquire, False, 1)
attempt(r.acquire, timeout=-2)
attempt(r.acquire)
attempt(r.release)
attempt(r.release)
attempt(r.acquire, 1, 2, 3)
attempt(r.acquire, timeout=1e100)
l2 = threading.Lock()
attempt(l2.acquire, timeout=-1e100)
attempt(l2.acquire, False, 1e100)
attempt(l2.acquire, 2.5)
attempt(l2.acquire, "x")
attempt(l2.acquire, timeout=True)
attempt(l2.release)
attempt(l2.acquire, blocking=0)
attempt(l2.release)
attempt(l2.acquire, bad=1)
