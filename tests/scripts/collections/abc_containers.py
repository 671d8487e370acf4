# collections.abc: isinstance/issubclass with builtins, one-trick ABCs,
# and mixin methods.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict


def checks(obj):
    names = ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Collection', 'Hashable',
             'Callable', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping',
             'MutableMapping', 'Reversible', 'ByteString', 'Awaitable', 'Coroutine',
             'AsyncIterable', 'AsyncIterator', 'MappingView', 'KeysView']
    return [n for n in names if isinstance(obj, getattr(cabc, n))]


def gen():
    yield 1


async def coro():
    pass


c = coro()
samples = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), gen(),
           len, 3, 2.5, None, deque(), OrderedDict(), Counter(), defaultdict(int), {}.keys(),
           {}.values(), {}.items(), c, memoryview if False else 'x', type]
for s in samples:
    print(type(s).__name__, checks(s))
c.close()


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.count(2), isinstance(s, cabc.Iterable))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))


class M(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = M()
m['a'] = 1
m.update({'b': 2}, c=3)
print(sorted(m.items()), m.get('z', 0), 'a' in m, m.pop('a'), m.setdefault('q', 7), len(m))
print(sorted(m.keys()), sorted(m.values()), m == {'b': 2, 'c': 3, 'q': 7}, m.popitem())
m.clear()
print(len(m), isinstance(m, dict), isinstance(m, cabc.Mapping))
print(isinstance(m.keys(), cabc.KeysView), repr(m.keys())[:9])


class S(cabc.Set):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]),
      a.isdisjoint(S([9])), a < b)


class NotAbstract(cabc.Iterable):
    pass


try:
    NotAbstract()
except TypeError as e:
    print('TypeError', e)


class OnlyIter:
    def __iter__(self):
        return iter([])


class NoHash:
    __hash__ = None


print(isinstance(OnlyIter(), cabc.Iterable), issubclass(OnlyIter, cabc.Iterator), isinstance(NoHash(), cabc.Hashable))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.Collection))
print(cabc.Iterable[int], cabc.Callable.__module__, cabc.Mapping.__name__)
