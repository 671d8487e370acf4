# gilt-test: heavy (quadratic when the GC collects at every safe point)
# Allocation-heavy program: long linked lists, dict churn, cycles, many closures.
import gc
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
        self.me = self
head = None
for i in range(200000):
    head = Node(i, head)
n = 0
while head:
    n += head.v
    head = head.nxt
print(n)
d = {}
for i in range(100000):
    d[str(i)] = [i, (i, str(i)), {i: i}]
    if i % 3 == 0:
        del d[str(i // 2)]
print(len(d))
s = ''
for i in range(20000):
    s += chr(65 + i % 26)
print(len(s), s[-5:])
def chain(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from chain(n - 1)
print(list(chain(400)))
count = 0
for i in range(100000):
    try:
        raise ValueError(i)
    except ValueError as e:
        count += e.args[0] & 1
print(count)
f = 1
for i in range(1, 1001):
    f *= i
print(len(str(f)), f % (10 ** 9 + 7))
fs = [lambda x, i=i: x + i for i in range(50000)]
print(sum(f(1) for f in fs))
gc.collect()
cl = []
for i in range(50000):
    a = [i]
    b = [a]
    a.append(b)
    cl.append(a if i % 100 == 0 else None)
gc.collect()
print(len([c for c in cl if c]))
words = {}
for i in range(50000):
    w = 'w' + str(i % 1000)
    words[w] = words.get(w, 0) + 1
print(len(words), words['w999'])
print(sorted(range(100000), key=lambda x: -x)[:3])
t = tuple(range(100000))
print(sum(t[::7]), len(set(t)) )
