# Thread target with positional args, keyword args, both, and defaults.
import threading

results = []

def work(a, b=10, *rest, c=0, **kw):
    results.append((a, b, rest, c, sorted(kw.items())))

threads = [
    threading.Thread(target=work, args=(1,)),
    threading.Thread(target=work, args=(2, 3)),
    threading.Thread(target=work, args=(4, 5, 6, 7)),
    threading.Thread(target=work, args=(8,), kwargs={"c": 9}),
    threading.Thread(target=work, args=[11, 12], kwargs={"c": 13, "z": 14}),
    threading.Thread(target=work, kwargs={"a": 15, "b": 16}),
]
for t in threads:
    t.start()
    t.join()
for r in results:
    print(r)

# No target: run() does nothing.
t = threading.Thread()
t.start()
t.join()
print("no target ok", t.is_alive())

# A bound method and a lambda as targets.
class Box:
    def __init__(self):
        self.v = []
    def put(self, x):
        self.v.append(x)

b = Box()
t = threading.Thread(target=b.put, args=("m",))
t.start(); t.join()
t = threading.Thread(target=lambda: b.put("l"))
t.start(); t.join()
print(b.v)

# The return value of the target is discarded; join() returns None.
t = threading.Thread(target=lambda: 42)
t.start()
print(t.join())
# Joining a finished thread again is fine.
print(t.join(), t.join(0), t.join(timeout=1))
