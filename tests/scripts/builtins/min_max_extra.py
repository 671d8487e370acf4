# min/max: first of equal elements, iterators, key with default.
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(max(iter([3, 9, 2])), min('hello'), max({'a': 1, 'z': 0}), min(range(5, 0, -1)))
print(max([], key=len, default='dflt'), min([[1, 2], [3]], key=len))
print(max(1, 2.5, True), min(-0.0, 0.0), max(0.0, -0.0))
print(max('apple', 'banana', key=len), min(3, 1, 2, key=lambda x: -x))
