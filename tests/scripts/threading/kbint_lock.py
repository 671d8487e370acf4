# SIGINT interrupts the main thread blocked in lock.acquire().
import threading
from _kbint import interrupt_soon

lock = threading.Lock()
lock.acquire()
helper = interrupt_soon()
try:
    lock.acquire()
    print("acquired?!")
except KeyboardInterrupt:
    print("interrupted")
helper.join()
print("lock still held:", lock.locked())
lock.release()

# An RLock held by another thread, and a timed acquire.
r = threading.RLock()
held = threading.Event()
done = threading.Event()

def hold():
    with r:
        held.set()
        done.wait()

t = threading.Thread(target=hold)
t.start()
held.wait()
helper = interrupt_soon()
try:
    r.acquire(timeout=30)
    print("acquired?!")
except KeyboardInterrupt:
    print("interrupted rlock")
helper.join()
done.set()
t.join()
print(r.acquire(False))
