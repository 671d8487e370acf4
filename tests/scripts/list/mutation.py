# Containers mutated by the user code they call (__eq__, __lt__, key,
# __repr__, __hash__): no crash, and CPython's results.
class Evil:
    def __init__(self, target, tag):
        self.target = target
        self.tag = tag
    def __eq__(self, other):
        self.target.clear()
        return False
    __hash__ = object.__hash__
    def __repr__(self):
        return 'Evil(%s)' % self.tag

a = [1, 2, 3]
a.insert(0, Evil(a, 'x'))
print(5 in a, a)
b = [[1, 2], [3, 4]]
b.append(Evil(b, 'y'))
print(b.count(0), b)
c = [Evil(None, 'z')]
c[0].target = c
print(c.index(c[0]), c)
d = []
d.extend([Evil(d, i) for i in range(3)])
try:
    d.remove(7)
except ValueError as e:
    print('ValueError', e)
print(d)

class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __repr__(self):
        del self.lst[:]
        return 'S'
e = [1, Shrink(None), 3, [4, [5]]]
e[1].lst = e
print(repr(e), e)

class Cmp:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim
    def __lt__(self, other):
        self.victim.append(self.v)
        return self.v < other.v
victim = []
items = [Cmp(i * 7 % 11, victim) for i in range(30)]
items.sort()
print([x.v for x in items][:10], len(victim) > 0)

f = [3, 2, 1]
def key(x):
    f.clear()
    f.append('junk')
    return x
try:
    f.sort(key=key)
except ValueError as ex:
    print('ValueError', ex)
print(f)

g = [[i] for i in range(20)]
h = [[i] for i in range(20)]
class EqClear:
    def __eq__(self, other):
        g.clear()
        h.clear()
        return True
g.append(EqClear())
h.append(0)
print(g == h, len(g), len(h))
big = [[j for j in range(i)] for i in range(50)]
print(sum(len(x) for x in big), sorted(big, key=len, reverse=True)[0][-1])
