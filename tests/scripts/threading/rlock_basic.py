# RLock: recursion by the owner, errors for others.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned())
r.release()
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())

with r:
    with r:
        print("nested with", r._is_owned())
print("after", r._is_owned())

# Another thread cannot take it while we hold it, nor release it.
r.acquire()
out = []

def other():
    out.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))

t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()

# Once released, the other thread gets it.
t = threading.Thread(target=lambda: out.append(("got", r.acquire(False))))
t.start()
t.join()
print(out[-1])
# ...and it still holds it: we cannot.
print(r.acquire(False))

# Deep recursion.
r2 = threading.RLock()
for i in range(1000):
    r2.acquire()
print(r2._is_owned())
for i in range(1000):
    r2.release()
print(r2._is_owned())
try:
    r2.release()
except RuntimeError as e:
    print("RuntimeError:", e)

print(type(threading.RLock()).__name__)
import _thread
print(type(threading.RLock()) is _thread.RLock)
