# *args and **kwargs.
def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(1, 2, 3))
def g(**kwargs):
    return type(kwargs).__name__, kwargs
print(g(), g(a=1, b=2))
def h(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(h(1), h(1, 2, 3, b=4, c=5), h(a=9))
def count(*a, **k):
    return len(a), sorted(k)
print(count(*range(10), **{'z': 1, 'y': 2}))
