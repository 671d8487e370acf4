# How arguments bind: positional then keywords then defaults.
def f(a, b=10, *rest, c, d=20, **kw):
    return dict(a=a, b=b, rest=rest, c=c, d=d, kw=kw)
print(f(1, c=2))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=2, d=3, zz=4))
print(f(*(1, 2), **{'c': 3, 'd': 4}))
