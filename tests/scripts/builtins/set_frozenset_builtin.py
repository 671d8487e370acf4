# set() and frozenset() constructors (print sorted).
print(sorted(set('hello')), set(), frozenset(), sorted(frozenset([3, 1, 2])), set([1, 1, 1]))
s = set(range(5))
print(len(s), 3 in s, 7 in s, sorted(s - {0, 1}), sorted(frozenset(s) | {9}))
print(type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
try:
    set([[1]])
except TypeError as e:
    print(e)
print({frozenset([1]): 'frozen key'}[frozenset([1])])
