# list.sort and sorted: keys, reverse, stability, errors, mutation.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Rnd:
    # A small LCG, so the script needs no random module.
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2 ** 31
        return self.x % n
rnd = Rnd(12)
a = [rnd.randrange(100) for _ in range(50)]
b = sorted(a)
print(b == sorted(b), b[:10])
a.sort(reverse=True)
print(a[:10])
print(sorted(['pear', 'Apple', 'fig', 'banana'], key=str.lower))
print(sorted(['pear', 'Apple', 'fig', 'banana'], key=len, reverse=True))
print(sorted([3, 1, 2], key=None), sorted([], key=1))
show(lambda: sorted([5], key=lambda x: 1 / 0))
print(sorted((1.5, -2, 3, 0.5, True)))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted({5, 3, 9}))

pairs = [(k % 4, i) for i, k in enumerate([rnd.randrange(8) for _ in range(40)])]
s = sorted(pairs, key=lambda p: p[0])
print(s == sorted(pairs), s[:8])
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(r[:8])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]))

calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)

show(lambda: sorted([1, 'a', 2]))
show(lambda: sorted([None, None]))
show(lambda: [].sort(1))
show(lambda: [].sort(key=len, reverse=None))
show(lambda: [].sort(reverse=1.5))
show(lambda: [].sort(reverse=2 ** 100))
show(lambda: [].sort(foo=1))
show(lambda: sorted())
show(lambda: sorted([], None))
show(lambda: sorted(5))
print(sorted([2, 1], reverse=1), sorted([1, 2], reverse=0), sorted([1, 2], reverse=True))

l = [5, 'x', 3, 1, 4]
show(lambda: l.sort())
print(sorted(l, key=str))

m = [3, 1, 2]
def grow(x):
    m.append(x)
    return x
show(lambda: m.sort(key=grow))
print(m)

n = [3, 1, 2]
def peek(x):
    print('during sort', n, len(n))
    return x
n.sort(key=peek)
print(n)

def fail(x):
    if x == 2:
        raise KeyError(x)
    return x
o = [4, 2, 3, 1]
show(lambda: o.sort(key=fail))
print(o)

nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0, 7.0, nan, 4.0]))

class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'C(%r)' % self.v
print(sorted([C(3), C(1), C(2)]), max([C(3), C(1), C(2)], key=lambda c: c.v))

big = [rnd.randrange(1000) for _ in range(2000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[::250])
runs = list(range(500)) + list(range(500, 0, -1)) + list(range(250))
print(sorted(runs)[::100], sorted(runs, reverse=True)[:5])
words = ['b%d' % (i % 7) for i in range(30)]
print(sorted(words)[:10])
print(sorted([2 ** 70, -1, 2 ** 65, 0, -2 ** 80]))
