# dict operations calling user code that mutates the dict.
class K:
    def __init__(self, v, d=None):
        self.v = v
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.d is not None:
            self.d.clear()
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K(%d)' % self.v

d = {}
for i in range(8):
    d[K(i)] = i
print(len(d), d[K(5)], K(9) in d)
e = {}
e[K(0, e)] = 0
e[K(1, e)] = 1
print(len(e) <= 2)
f = {K(i): i for i in range(5)}
g = {K(i): i for i in range(5)}
print(f == g, f != g)
class V:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.clear()
        return True
h = {1: V(None), 2: 2}
h[1].d = h
print(h == {1: 0, 2: 2}, len(h))
class R:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        self.d.clear()
        return 'R'
r = {1: None, 2: 3}
r[1] = R(r)
print(repr(r), r)
items = {1: [1], 2: [2]}
print(sorted(items.items()), list(items.values()))
m = {i: str(i) for i in range(100)}
for k in list(m):
    if k % 3:
        del m[k]
print(len(m), list(m.items())[:4], m.popitem())
print(dict.fromkeys(K(i) for i in range(3)))
