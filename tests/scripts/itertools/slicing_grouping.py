# itertools: islice, groupby, tee.
import itertools as it

print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice('ABCDEFG', 1, 6, 3)), list(it.islice('AB', 5, 10)))
print(list(it.islice(range(10), None)), list(it.islice(range(10), None, None, None)), list(it.islice([], 3)))
print(list(it.islice(it.count(), 3, 8, 2)), list(it.islice(range(5), 0)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
for bad in ['it.islice()', 'it.islice([1])', 'it.islice([], -1)', 'it.islice([], 1, -1)', 'it.islice([], -1, 1)',
            'it.islice([], 1, 2, 0)', 'it.islice([], 1, 2, -1)', 'it.islice([], "a")', 'it.islice([], 1.5)',
            'it.islice([], 1, 2, 3, 4)', 'it.islice(1, 2)', 'it.islice([], 2**70)', 'it.islice([], 1, 2, 1.0)',
            'it.islice([], stop=3)']:
    try:
        eval(bad)
        print('ok', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in it.groupby([])], [k for k, g in it.groupby('a', None)])
groups = []
for k, g in it.groupby('aabbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = it.groupby('aaabb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(it.groupby([('a', 1), ('a', 2), ('b', 3)], key=lambda p: p[0]))[0][0])
try:
    it.groupby()
except TypeError as e:
    print('TypeError', e)
try:
    it.groupby([], 1, 2)
except TypeError as e:
    print('TypeError', e)

a, b = it.tee([1, 2, 3])
print(list(a), list(b))
a, b, c = it.tee(iter(range(100)), 3)
print(next(a), next(a), next(b), list(it.islice(c, 70))[-1], len(list(a)), len(list(b)))
print(it.tee('abc', 0), len(it.tee('abc', 1)))
x, y = it.tee('ab')
z = x.__copy__()
print(list(x), list(y), list(z))
x1, x2 = it.tee(x)
print(type(x).__name__, list(x1))
for bad in ['it.tee([], -1)', 'it.tee()']:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
