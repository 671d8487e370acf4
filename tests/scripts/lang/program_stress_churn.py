# gilt-test: heavy (quadratic when the GC collects at every safe point)
# Churn of closures, generators, slots objects, exceptions, dicts, sets and coroutines.
import gc
def make(n):
    def f():
        return n
    return f
total = 0
for i in range(100000):
    total += make(i)()
print(total)
def gen(n):
    for i in range(n):
        yield i
print(sum(sum(gen(10)) for _ in range(20000)))
class A:
    __slots__ = ('x',)
objs = [A() for _ in range(100000)]
for i, o in enumerate(objs):
    o.x = i
print(sum(o.x for o in objs))
def rec(n):
    try:
        if n == 0:
            raise KeyError('bottom')
        return rec(n - 1)
    finally:
        pass
for _ in range(200):
    try:
        rec(300)
    except KeyError:
        pass
print('rec ok')
d = {}
for i in range(200000):
    d[i] = i
for i in range(0, 200000, 2):
    del d[i]
print(len(d), sum(d))
s = set()
for i in range(100000):
    s.add((i, str(i)))
print(len(s))
l = []
for i in range(100000):
    l.append({'i': i, 'sq': [i * i]})
    if len(l) > 1000:
        l = l[500:]
print(len(l), l[-1])
gc.collect()
big = [[i] * 10 for i in range(10000)]
print(sum(map(sum, big)))
async def co(n):
    return n
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(sum(drive(co(i)) for i in range(50000)))
