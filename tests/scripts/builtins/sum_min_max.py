# sum, min, max with key and default.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), start=1))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a'), max([1], [1, 0]))
print(min(['aa', 'b', 'ccc'], key=len), max(['aa', 'b', 'ccc'], key=len), max([1, 3, 2], key=lambda x: -x))
print(min([], default='empty'), max((), default=None), min([5], default=0))
print(max([1, 1.0]), max([1.0, 1]), min([(1, 'b'), (1, 'a')]))
for f in (lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']),
          lambda: max(1, 2, default=0), lambda: min([1, 'a'])):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([2**64, 2**64]), sum([1, 2.5]), sum([True, True, False]))
