# Unpacking from any iterable source.
a, b = {'x': 1, 'y': 2}
print(a, b)
c, = {42}
print(c)
d, e, f = (i * i for i in range(3))
print(d, e, f)
g, h = range(2)
print(g, h)
(i, j), k = 'ab', 'c'
print(i, j, k)
*l, = b'hi'
print(l)
m, *n = iter([1, 2, 3])
print(m, n)
try:
    x, y = 5
except TypeError as err:
    print(err)
try:
    x, y = 'abc'
except ValueError as err:
    print(err)
try:
    x, y, z = [1]
except ValueError as err:
    print(err)
try:
    x, *y, z = [1]
except ValueError as err:
    print(err)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as err:
    print(err)
