# A threading.local subclass: __init__ runs again, with the same
# arguments, in every thread that touches it; methods and class
# attributes are shared.
import threading

log = []
lock = threading.Lock()


class MyLocal(threading.local):
    color = "red"

    def __init__(self, n, tag="t"):
        with lock:
            log.append((threading.current_thread().name, n, tag))
        self.n = n
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


loc = MyLocal(3, tag="x")
loc.add("main")
out = {}

def work(name):
    loc.add(name)
    loc.add(name)
    with lock:
        out[name] = (loc.n, loc.items, loc.color)
    loc.color = "blue"

ts = [threading.Thread(target=work, args=(f"w{i}",), name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(log))
for k in sorted(out):
    print(k, out[k])
print(loc.items, loc.color, MyLocal.color)


class Slotted(threading.local):
    __slots__ = ("a", "__dict__")


s = Slotted()
s.a = 1
s.b = 2
seen = []
t = threading.Thread(target=lambda: seen.append((hasattr(s, "b"),)))
t.start()
t.join()
print(seen)


class NoInit(threading.local):
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
