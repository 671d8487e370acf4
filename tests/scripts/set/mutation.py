# Sets and dicts whose keys' __eq__ / __hash__ run code that mutates them.
class Key:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return 'K%d' % self.v

s = {Key(i) for i in range(12)}
print(len(s), Key(5) in s, Key(50) in s)
s.discard(Key(5))
print(len(s), sorted(k.v for k in s))
t = set()
t.update(Key(i, t) for i in range(8))
print(len(t) <= 8)
d = {}
for i in range(10):
    d[Key(i, d)] = i
print(len(d) <= 10, d.get(Key(3)) in (3, None))
u = {Key(i) for i in range(6)}
v = {Key(i) for i in range(3, 9)}
print(sorted(k.v for k in u & v), sorted(k.v for k in u | v), sorted(k.v for k in u ^ v), sorted(k.v for k in u - v))
def tuples():
    for i in range(30):
        yield (Key(i), i)
w = set(tuples())
print(len(w), (Key(3), 3) in w)
x = dict(((Key(i), i) for i in range(20)))
print(len(x), x[Key(7)])
print(sorted(k.v for k in frozenset(Key(i) for i in range(9))))
class H:
    def __hash__(self):
        return 2 ** 62 + 5
    def __eq__(self, other):
        return isinstance(other, H)
print(len({H(), H()}), hash(H()) == 2 ** 62 + 5)
