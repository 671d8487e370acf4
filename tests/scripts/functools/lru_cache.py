# functools.lru_cache: eviction order, keys, methods, recursion, errors.
import functools

log = []


@functools.lru_cache(maxsize=3)
def f(x):
    log.append(x)
    return x * 10


for v in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    f(v)
print(log, f.cache_info())


@functools.lru_cache(maxsize=None)
def g(*args, **kw):
    log.append((args, sorted(kw.items())))
    return len(args) + len(kw)


log.clear()
print(g(1, 2), g(1, 2), g(1, b=2), g(1, b=2), g(b=2, a=1), g(a=1, b=2), g(), g())
print(log, g.cache_info().currsize)


class Thing:
    def __init__(self, v):
        self.v = v

    @functools.lru_cache(maxsize=16)
    def double(self, n):
        log.append(('double', self.v, n))
        return self.v * n

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, Thing) and o.v == self.v


log.clear()
a, b = Thing(2), Thing(3)
print(a.double(5), a.double(5), b.double(5), Thing(2).double(5), log, Thing.double.cache_info().hits)


@functools.lru_cache(maxsize=128)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


print(ways(200), ways.cache_info())


@functools.lru_cache
def boom(x):
    raise ValueError(x)


try:
    boom(1)
except ValueError as e:
    print('ValueError', e, boom.cache_info())
try:
    f([1])
except TypeError as e:
    print('TypeError', e)
print(f.__name__, f.__wrapped__(7), f.cache_parameters(), type(f.cache_info()).__name__)
f.cache_clear()
print(f.cache_info(), f(1), f.cache_info())


@functools.lru_cache(maxsize=2, typed=True)
def t(x):
    log.append(type(x).__name__)
    return x


log.clear()
t(1)
t(1.0)
t(1)
t(True)
print(log, t.cache_info())
