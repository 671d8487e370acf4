# functools.partial: calls, flattening, attributes, repr, errors.
import functools
from functools import partial


def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)


p = partial(f, 1)
print(p(), p(5), p(5, 6, 7), p(c=9), p(x=1))
p2 = partial(f, 1, 2, c=4, z=0)
print(p2(), p2(3, c=5), p2(z=1, w=2))
print(p2.func is f, p2.args, p2.keywords)
p3 = partial(p2, 9, y=1)
print(p3.func is f, p3.args, p3.keywords, p3())
print(partial(int, base=2)('1010'), partial(max, key=len)('a', 'bbb', 'cc'))
r = repr(partial(f, 1, x=2))
print(r.startswith('functools.partial(<function f at 0x'), r.endswith('>, 1, x=2)'))
print(repr(partial(len)))
print(repr(partial(max, 1, 2)))


class MyPartial(partial):
    pass


mp = MyPartial(len, 'abc')
print(type(mp).__name__, mp(), repr(mp), isinstance(mp, partial))
for args in [(), (1,)]:
    try:
        partial(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    p.func = len
except AttributeError as e:
    print('AttributeError', type(e).__name__)
p.extra = 'attr'
print(p.extra, p.__dict__)
print(type(partial).__name__, partial.__module__, partial.__name__)
print(list(map(partial(pow, 2), range(5))))
# overriding stored keywords at call time
q = partial(f, c=1)
print(q(0, c=2), q(0))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
adder = partial(lambda *a, **k: (a, sorted(k.items())), 1, 2, k1=1)
print(adder(3, k2=2))
print(partial(partial(partial(f, 1), 2), 3)())
