# enumerate, zip, map, filter, reversed, iter(callable, sentinel) and
# iteration through __getitem__.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate('ab', start=-2)))
print(list(enumerate([], 5)), list(enumerate('ab', 2 ** 70)), list(enumerate(iterable='x', start=True)))
show(lambda: enumerate())
show(lambda: enumerate(1))
show(lambda: enumerate([], 'a'))
show(lambda: enumerate([], 1.5))
show(lambda: enumerate([], st=1))
show(lambda: enumerate([], 1, 2))
e = enumerate('xy')
print(iter(e) is e, next(e), next(e))
show(lambda: next(e))
print(type(e).__name__, enumerate.__name__)

print(list(zip()), list(zip('ab')), list(zip('abc', range(10), [True, False])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip('', strict=True)))
show(lambda: zip(1))
show(lambda: zip([], 2))
show(lambda: list(zip([1, 2], [3], strict=True)))
show(lambda: list(zip([1], [3, 4], strict=True)))
show(lambda: list(zip([1], [3, 4], [5], strict=True)))
show(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
show(lambda: list(zip([1, 2, 3], [3, 4], [5, 6], strict=True)))
show(lambda: zip([], foo=1))
show(lambda: zip([], strict=1, foo=2))
def boom():
    yield 1
    raise KeyError('boom')
show(lambda: list(zip([1, 2], boom(), strict=True)))
show(lambda: list(zip(boom(), [1, 2, 3], strict=True)))
z = zip([1, 2, 3], 'ab')
print(list(z), list(z))
pairs = [(1, 'a'), (2, 'b')]
print(list(zip(*pairs)), dict(zip('ab', 'cd')))

print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, 'ab', 'cde', 'f')))
show(lambda: map())
show(lambda: map(len))
show(lambda: map(len, 1))
show(lambda: map(len, [], x=1))
show(lambda: list(map(len, [1])))
m = map(abs, [-1, -2])
print(iter(m) is m, next(m), list(m), list(m))

print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(bool, [0, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
show(lambda: filter())
show(lambda: filter(None))
show(lambda: filter(None, 1))
show(lambda: filter(None, [], 2))
show(lambda: filter(None, [], x=1))
show(lambda: list(filter(len, [1])))

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({}.keys())))
show(lambda: reversed())
show(lambda: reversed(1))
show(lambda: reversed({1, 2}))
show(lambda: reversed([1], 2))
show(lambda: reversed(x=[]))
show(lambda: reversed(iter([1])))
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i * 10
        raise IndexError(i)
print(list(iter(Seq(3))), list(reversed(Seq(3))), list(Seq(0)), 20 in Seq(3), 25 in Seq(3))
print(type(iter(Seq(1))).__name__, type(reversed(Seq(1))).__name__)
print(iter(Seq(4)).__length_hint__(), reversed(Seq(4)).__length_hint__())
r = reversed(Seq(3))
next(r)
print(r.__length_hint__(), list(r), r.__length_hint__())
class NoRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
show(lambda: reversed(NoRev()))
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i
print(list(OnlyGetitem()))
show(lambda: reversed(OnlyGetitem()))
class RevMethod:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(RevMethod())))
class Dictish(dict):
    pass
print(list(reversed(Dictish(a=1))))

calls = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(calls), 0)), list(calls))
show(lambda: iter(1, 2))
show(lambda: iter(len, 1, 2))
it = iter(lambda: 1, 1)
print(type(it).__name__, list(it))
def stop():
    raise StopIteration
print(list(iter(stop, None)))
n = [0]
def counter():
    n[0] += 1
    if n[0] > 3:
        raise ValueError('too far')
    return n[0]
show(lambda: list(iter(counter, 10)))

class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
class Z(zip):
    def __repr__(self):
        return 'Z'
print(Z([1]), list(Z([1], [2])))
