# collections.namedtuple.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), p == (1, 2), p + (3,), p * 2, hash(p) == hash((1, 2)))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, Point.__name__, Point.__qualname__)
print(p._asdict(), p._replace(x=10), Point._make([7, 8]), Point._fields, Point._field_defaults)
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, Point.__module__)
print(repr(Point), Point.__bases__, Point.__slots__)
P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', '_x', 'abc', '1a'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
S = namedtuple('S', 'only')
print(S(1), S._fields)
for bad in [('1bad', 'x'), ('ok', 'x def'), ('ok', 'x _y'), ('ok', 'x x'), ('class', 'a'), ('ok', ['a', 1.5])]:
    try:
        namedtuple(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('D', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print('TypeError', e)
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
             lambda: p._replace(z=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', type(e).__name__)


class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return 'P(%d,%d,%d)' % self


q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0))
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__, M(1, 2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(zip(Point._fields, p)), Point(*range(2)), Point(**{'x': 0, 'y': 9}))
print(p.__getnewargs__(), Point.__match_args__, p._fields)
