# collections.deque: both ends, indexing, rotation, bounds, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d.reverse()
print(d, list(reversed(d)))
d.clear()
print(d, len(d), bool(d))
for args in [(), ([],), ([1, 2],), ('abc', 2), (range(10), 3), ([], 0), (iter([1, 2]),)]:
    print(repr(deque(*args)))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.extendleft([9])
print(b)
z = deque([1, 2], maxlen=0)
z.append(1)
print(z, deque().maxlen)
d = deque('abcde')
d[1] = 'B'
del d[0]
print(d, d.index('c'), d.count('c'), 'e' in d, 'z' in d)
d.insert(1, 'X')
d.insert(-1, 'Y')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('X')
print(d)
print(d.copy(), d.copy() is d, d == d.copy(), d != deque(), d < deque('z'), deque([1, 2]) <= deque([1, 2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]), deque([1]) * 0)
x = deque([1, 2], maxlen=3)
x += [3, 4]
print(x)
x *= 2
print(x)
y = deque([1, 2, 3])
y.extend(y)
print(y)
y.extendleft(y)
print(y)
print(deque([1, 2, 3]) == [1, 2, 3], deque([1]) == deque([1], maxlen=5))
print(deque([1, 2, 3]).index(3, -2), deque('abcb').index('b', 2))
tests = ['deque().pop()', 'deque().popleft()', 'deque([1])[5]', 'deque([1])[-2]',
         'deque([1]).remove(9)', 'deque([1]).index(9)', 'deque([1], maxlen=1).insert(0, 2)',
         'deque(maxlen=-1)', 'deque([1]) + [1]', 'deque([1])[0:1]', 'deque([1])["a"]',
         'deque(1)', 'deque([1]).rotate("a")', 'deque([1]).index(1, 5)',
         'deque(maxlen=2.0)', 'deque([1], 3, 4)', 'deque(x=1)', 'deque(maxlen="a")',
         'deque([1]).index(1, 0, 0)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
m = deque([1, 2, 3])
try:
    for i in m:
        m.append(i)
except RuntimeError as e:
    print('RuntimeError', e)
r = deque([1])
r.append(r)
print(r)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=5)
print(md, type(md.copy()).__name__, isinstance(md, deque), md.maxlen)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__, deque.__module__)
print(deque[int])
for t in ['hash(deque())', 'deque([1]) < [1]']:
    try:
        eval(t)
    except TypeError as e:
        print(t, 'TypeError')
big = deque()
for i in range(10000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[10000], sum(big))
while len(big) > 3:
    big.pop()
    big.popleft()
print(big)
it = iter(deque(range(5)))
next(it)
print(it.__length_hint__(), list(it))
