# functools: wraps/update_wrapper, lru_cache, cache, cached_property.
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return fn(*args, **kw)
    return wrapper


@deco
def documented(x: int) -> int:
    """The doc."""
    return x * 2


print(documented.__name__, documented.__doc__, documented.__qualname__,
      documented.__module__, documented.__annotations__)
print(documented.__wrapped__(4), documented(5))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    pass


target.attr = 'copied'


def other():
    pass


functools.update_wrapper(other, target)
print(other.__name__, other.attr, other.__wrapped__ is target)
functools.update_wrapper(other, 5, assigned=('__name__',), updated=())
print(other.__name__, other.__wrapped__)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info), type(info).__name__)


@functools.lru_cache
def plain(x, y=1):
    calls.append((x, y))
    return x + y


calls.clear()
print(plain(1), plain(1), plain(1, y=1), plain(1, 1), plain(x=1), calls)
print(plain.__name__, plain.cache_parameters())


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)


@functools.cache
def c(x):
    calls.append(x)
    return [x]


calls.clear()
print(c(1) is c(1), calls, c.cache_info())
try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
z = functools.lru_cache(maxsize=0)(lambda x: x)
z(1)
z(1)
print(z.cache_info())
n = functools.lru_cache(maxsize=-5)(lambda x: x)
print(n.cache_info().maxsize)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r


c1 = Circle(2)
print(c1.area, c1.area, c1.__dict__)
del c1.area
print(c1.area)
print(type(Circle.area).__name__, Circle.area.attrname)


class Slotted:
    __slots__ = ('x',)

    @functools.cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)
