# The _thread module directly.
import _thread
import time

print(_thread.error is RuntimeError)
print(type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 1e6)
import threading
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print(type(_thread.get_ident()).__name__)
print(_thread.start_new is _thread.start_new_thread or True)
print(_thread._count())

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []

def f(a, b, c=None):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(f, (1, 2), {"c": 3})
print(type(ident).__name__)
done.acquire()
print(out)

# _count() counts the threads started by _thread that are alive.
go = _thread.allocate_lock()
go.acquire()
started = []
finished = _thread.allocate_lock()
n = [0]

def w():
    started.append(1)
    go.acquire()
    go.release()
    with lock:
        n[0] += 1

for _ in range(3):
    _thread.start_new_thread(w, ())
while len(started) < 3:
    time.sleep(0.001)
print(_thread._count())
go.release()
while n[0] < 3:
    time.sleep(0.001)
while _thread._count():
    time.sleep(0.001)
print(_thread._count())

for args in [(1, ()), (f, [1]), (f, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

print(_thread.stack_size())
print(_thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(_thread.stack_size(1 << 20))
print(_thread.stack_size(0))
