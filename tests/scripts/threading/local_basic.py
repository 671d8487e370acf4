# threading.local: every thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
print(type(data).__name__, type(data).__module__)
results = {}
lock = threading.Lock()

def work(i):
    has = hasattr(data, "x")
    data.x = i
    data.y = [i]
    for _ in range(100):
        assert data.x == i
    with lock:
        results[i] = (has, data.x, data.y, sorted(data.__dict__))

ts = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(data.x, hasattr(data, "y"))
print(data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError:
    print("AttributeError on second del")
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Two locals are independent.
a = threading.local()
b = threading.local()
a.v = 1
b.v = 2
print(a.v, b.v)

# setattr/getattr and methods on the instance dict.
setattr(a, "w", 5)
print(getattr(a, "w"), vars(a) == a.__dict__)
