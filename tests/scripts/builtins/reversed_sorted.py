# reversed and sorted.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('hello'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted(['b', 'A', 'c'], key=str.lower))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([]), sorted(range(5), key=lambda x: -x))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
try:
    sorted([1], 1)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
print(list(reversed({'a': 1, 'b': 2})))
