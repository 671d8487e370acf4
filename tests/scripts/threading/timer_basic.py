# Timer: fires once after its interval; cancel() before it fires stops it.
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=["once"])
t.start()
t.join()
print(fired)
time.sleep(0.05)
print(fired)

fired = []
t = threading.Timer(5, fired.append, args=["never"])
t.start()
t.cancel()
t.join()
print(fired, t.is_alive(), t.finished.is_set())

# cancel() before start: run ends at once without calling.
t = threading.Timer(0.01, fired.append, args=["x"])
t.cancel()
t.start()
t.join()
print(fired)

# args and kwargs.
out = {}
t = threading.Timer(0.01, lambda a, b=0: out.update(a=a, b=b), args=(1,), kwargs={"b": 2})
t.start()
t.join()
print(sorted(out.items()))

# Default args/kwargs, and the attributes.
t = threading.Timer(0.01, lambda: out.update(noargs=True))
print(t.interval, t.args, t.kwargs)
t.start()
t.join()
print(out["noargs"])

# cancel() after firing is harmless.
t.cancel()
print(isinstance(t, threading.Thread), t.daemon)

# A Timer waits about its interval.
t0 = time.monotonic()
t = threading.Timer(0.1, lambda: None)
t.start()
t.join()
print(time.monotonic() - t0 >= 0.08)
