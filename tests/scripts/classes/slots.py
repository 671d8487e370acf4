# __slots__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 10
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 0
try:
    r.v = 1
except AttributeError as e:
    print(e)
print(P.__slots__, type(P.__dict__['x']).__name__)
class S:
    __slots__ = 'single'
s = S()
s.single = 1
print(s.single)
