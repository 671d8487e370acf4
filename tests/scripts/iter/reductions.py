# sorted, min, max, sum, all, any.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('abc'), min('b', 'a'), max((1, 2), (1, 3)))
print(min([1, 1.0]), max([1, 1.0]), min([1.0, 1]), max([2, 2.0, 2]))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max('aa', 'b', key=len), min([], default=7))
print(max([], default=None), max([5], default=0), min(iter([4, 2])), max(range(5)), max({1: 2, 3: 4}))
print(max([(1, 'b'), (1, 'a')]), min([[2], [1, 9]]), max([3, 1], key=None))
show(lambda: min())
show(lambda: max())
show(lambda: min([]))
show(lambda: max(iter([])))
show(lambda: max(1))
show(lambda: max(1, 2, default=5))
show(lambda: max(1, 2, foo=5))
show(lambda: max('a', 1))
show(lambda: min([1, None]))
show(lambda: max([1, 2], key=lambda x: 1 / 0))
calls = []
print(max([3, 1, 2], key=lambda x: calls.append(x) or -x), calls)

print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([1, 2], start=10), sum(range(101)))
print(sum([0.1] * 10), sum([1, 0.5]), sum([0.5, 1]), sum([1e308, 1e308, -1e308]), sum([], 0.0))
print(sum([True, True]), sum([1.5, True]), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([2 ** 70, -2 ** 70, 1]))
print(sum([-2 ** 63, -1]), sum([1, 0.5, 2 ** 70]), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]), sum(x / 3 for x in range(10)), sum([1.5, 2 ** 64]))
print(sum([], True), sum([2 ** 100], 0.5), sum([3], 2 ** 100), sum([-0.0]), sum([-0.0], -0.0))
show(lambda: sum())
show(lambda: sum(1))
show(lambda: sum([1, 'a']))
show(lambda: sum(['a'], ''))
show(lambda: sum([b'a'], b''))
show(lambda: sum([], bytearray()))
show(lambda: sum([1], 2, 3))
show(lambda: sum([], foo=1))
show(lambda: sum(iterable=[]))

print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, 0]), any([0, 3]), all('abc'), any(x > 2 for x in range(4)))
show(lambda: all(1))
show(lambda: any())
show(lambda: all([1], [2]))
seen = []
def probe(x):
    seen.append(x)
    return x
print(all(probe(x) for x in [1, 0, 2]), any(probe(x) for x in [0, 5, 6]), seen)
class B:
    def __bool__(self):
        raise ValueError('no truth')
show(lambda: all([B()]))
show(lambda: any([B()]))
