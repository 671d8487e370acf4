# Lock: acquire, release, locked, non-blocking acquire, with.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, type(lock) is _thread.LockType)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(0))
lock.release()
print(lock.locked())
print(lock.acquire(True, 0.01))
lock.release()
print(lock.acquire(timeout=0.5))
lock.release()
print(lock.acquire(blocking=True, timeout=-1))
lock.release()

with lock as v:
    print("inside", v, lock.locked())
print("after", lock.locked())

# with releases on an exception.
try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("KeyError", lock.locked())

# A Lock may be released by a thread other than its owner.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other", lock.locked())

# A blocked acquire wakes up when another thread releases.
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire()))
t.start()
t.join(0.05)
print("waiting", t.is_alive(), got)
lock.release()
t.join()
print("acquired", got, lock.locked())
lock.release()

# The legacy aliases.
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked())
a = _thread.allocate_lock()
print(type(a) is type(lock))
