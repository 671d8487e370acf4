# tuple construction, methods, subscripts, operators, hashing and repr.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t * 1 is t, t + () is t, () + t is t)
show(lambda: tuple(1, 2))
show(lambda: tuple(x=1))
show(lambda: tuple(1))
print((), (1,), (1, 2), ((),), (None, 'a', 2.5), repr((1,)), str(('x',)))

u = (3, 1, 3, 2, 3)
print(u.count(3), u.count(7), u.index(3), u.index(3, 1), u.index(2, -3), u.index(3, -100, 100))
show(lambda: u.index(9))
show(lambda: u.index(3, 'a'))
show(lambda: u.index())
show(lambda: u.count())

v = tuple(range(10))
print(v[0], v[-1], v[2:5], v[::-2], v[7:100], v[-100:2], v[5:2], v[::3], v[2 ** 100:])
show(lambda: v[10])
show(lambda: v['a'])
show(lambda: v[::0])
show(lambda: v[2 ** 100])
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) * 0, () * 10, (1,) * -1)
show(lambda: (1,) + [2])
show(lambda: (1,) * 1.0)
show(lambda: (1,) * 2 ** 100)
w = (1, 2)
w += (3,)
print(w)
print(2 in (1, 2), 5 in (1, 2), (1,) in ((1,),))
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print((2,) > (1, 5), () < (0,), (1, 'a') <= (1, 'a'), (1, 2) == [1, 2])
show(lambda: (1, 'a') < (1, 2))
show(lambda: (1,) < [1])
nan = float('nan')
print((nan,) == (nan,), (1, nan) < (1, nan), (nan, 1) < (nan, 2))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a',)) == hash(('a',)))
print(hash((-1,)), hash((1.5, True)), hash((None,)) == hash((None,)))
show(lambda: hash((1, [2])))
print({(1, 2): 'a'}[(1, 2)], (1, 2).__getnewargs__())
x = ([],)
x[0].append(x)
print(x)
show(lambda: (1, 2).__setitem__)

class T(tuple):
    pass
a = T([1, 2])
print(a, type(a).__name__, type(a + (3,)).__name__, type(a[:]).__name__, a == (1, 2))
print(type(a * 1).__name__, hash(a) == hash((1, 2)), a.count(1), len(a))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return 'P' + super().__repr__()
p = P(1, 2)
print(p, p[0], p.__getnewargs__(), tuple(p), tuple(p) is p)
class R(tuple):
    __slots__ = ()
print(R('ab'), R())
it = iter((1, 2, 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed((1, 2, 3))))
