# enumerate and zip.
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], start=5)))
for i, c in enumerate('xy', start=1):
    print(i, c)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('a', 'b', 'c')))
print(dict(zip(['k1', 'k2'], [1, 2])))
pairs = [(1, 'a'), (2, 'b')]
nums, chars = zip(*pairs)
print(nums, chars)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
e = enumerate([5])
print(next(e), next(e, 'end'), type(e).__name__, iter(e) is e)
z = zip([1], [2])
print(type(z).__name__, iter(z) is z)
try:
    zip(1)
except TypeError as e:
    print(e)
