# repr() of locks, with the address and owner replaced.
import threading


def norm(s):
    s = s.replace(str(threading.get_ident()), "OWNER")
    i = s.find(" at 0x")
    if i >= 0:
        j = s.find(">", i)
        k = s.find(" ", i + 4)
        end = j if k < 0 or k > j else k
        s = s[:i] + " at ADDR" + s[end:]
    return s


l = threading.Lock()
print(norm(repr(l)))
l.acquire()
print(norm(repr(l)))
l.release()

r = threading.RLock()
print(norm(repr(r)))
r.acquire()
print(norm(repr(r)))
r.acquire()
print(norm(repr(r)))
r.release()
r.release()
print(norm(repr(r)))

c = threading.Condition(threading.Lock())
print(norm(repr(c)))
s = threading.Semaphore(3)
print(norm(repr(s)))
b = threading.BoundedSemaphore(2)
b.acquire()
print(norm(repr(b)))
e = threading.Event()
print(norm(repr(e)))
e.set()
print(norm(repr(e)))
bar = threading.Barrier(3)
print(norm(repr(bar)))
bar.abort()
print(norm(repr(bar)))
