# join(timeout) on a thread that is blocked: it returns, the thread is
# still alive; then the thread is released and joins for good.
import threading
import time

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
start = time.monotonic()
r = t.join(0.2)
elapsed = time.monotonic() - start
print(r, t.is_alive(), elapsed >= 0.15)
print(t.join(0), t.is_alive())
print(t.join(-1), t.is_alive())
print(t.join(timeout=0.01), t.is_alive())
ev.set()
t.join()
print(t.is_alive())
t.join(0.5)
print(t.is_alive())
