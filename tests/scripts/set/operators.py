# set operators, in-place operators, comparisons, reprs and subclasses.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a | frozenset(), frozenset(a) & b)
show(lambda: a | [4])
show(lambda: [4] | a)
show(lambda: a & 'x')
show(lambda: a - (1,))
show(lambda: a ^ None)
c = {1, 2}
d = c
c |= {3}
c &= {1, 3, 5}
c -= {1}
c ^= {7}
print(c, d is c)
def ior():
    x = {1}
    x |= [2]
show(ior)
def iand():
    x = {1}
    x &= 'a'
show(iand)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1} != {2}, {1} == [1], frozenset() == set())
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2}, {1, 2} > {3})
print(frozenset({1}) < {1, 2}, {1, 2} >= frozenset({2}))
show(lambda: {1} < [1, 2])
show(lambda: {1} <= 'a')
print(set.__lt__({1}, [1]), {1}.__eq__(1), {1}.__or__(1))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1, 'a'})) in ("frozenset({1, 'a'})", "frozenset({'a', 1})"))
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), repr(S('a')))
print(type(S([1]) | {2}).__name__, type({2} | S([1])).__name__, type(F([1]) | {2}).__name__)
print(type(S([1]).copy()).__name__, type(F([1]).copy()).__name__, type(frozenset([1]).copy()).__name__)
print(type(S([1]).union()).__name__, type(F([1]) - {1}).__name__, type(S() ^ set()).__name__)
print(S([1, 2]) == {1, 2}, F([1]) == frozenset([1]), hash(F([1, 2])) == hash(frozenset([1, 2])))
fz = frozenset([1, 2])
print(frozenset(fz) is fz, F(fz) is fz, fz.copy() is fz, frozenset() == frozenset())
class WithInit(set):
    def __init__(self, a, b):
        super().__init__([a, b])
print(WithInit(1, 2), sorted(WithInit(3, 4)))
class K(set):
    def __init__(self, *a, **kw):
        super().__init__(*a)
print(K([1], x=1))
show(lambda: S([1], x=1))
show(lambda: F([1], x=1))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1}), frozenset()})), hash(frozenset({(1, 2), 'x'[:0]})))
show(lambda: hash({1}))
show(lambda: hash(S()))
print({frozenset({1}): 'a'}[frozenset([1])], {frozenset(): 1}.get(frozenset()))
r = S()
class Rec:
    def __repr__(self):
        return repr(r)
r.add(Rec())
print(r)
