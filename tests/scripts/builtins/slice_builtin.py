# slice() objects.
s = slice(3)
print(s, s.start, s.stop, s.step, slice(1, 5), slice(1, 5, 2), slice(None))
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    [1, 2]['a':]
except TypeError as e:
    print(e)
