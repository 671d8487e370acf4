# functools.reduce and cmp_to_key.
from functools import reduce, cmp_to_key
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 10))
print(reduce(lambda a, b: a * b, range(1, 10)))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda a, b: a + b, ['x']))
print(reduce(lambda a, b: [b] + a, 'abc', []))
for args in [(lambda a, b: a, []), (lambda a, b: a, 1), (1, [1, 2])]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    reduce()
except TypeError as e:
    print('TypeError', e)


def boom(a, b):
    raise ValueError('boom %r %r' % (a, b))


try:
    reduce(boom, [1, 2, 3])
except ValueError as e:
    print('ValueError', e)


def cmp(a, b):
    return (a > b) - (a < b)


def rcmp(a, b):
    return cmp(b, a)


data = [5, 2, 9, 1, 7]
print(sorted(data, key=cmp_to_key(cmp)), sorted(data, key=cmp_to_key(rcmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) != K(2))
print(K(5).obj, max([3, 8, 1], key=K), min([3, 8, 1], key=K))
try:
    K(1) < 1
except TypeError as e:
    print('TypeError', e)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', type(e).__name__)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda x, y: cmp(x[0], y[0]))))
