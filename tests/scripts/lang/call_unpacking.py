# Calls with *args and **kwargs unpacking.
def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, kw)
print(f(1, 2))
print(f(1, 2, 5, 6, 7, d=8, e=9))
print(f(*[1, 2, 3, 4]))
print(f(**{'a': 1, 'b': 2, 'z': 0}))
print(f(1, *(2, 3), *[4], d=0, **{'x': 1}, **{'y': 2}))
print(f(*'ab'))
print(f(*range(2), c=None))
print(f(b=1, a=2))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(*[], **{}), g(1, *(2,), 3, k=1, **{'m': 2}))
print(print(*[1, 2, 3], sep='-'))
