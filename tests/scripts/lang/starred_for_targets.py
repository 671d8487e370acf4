# Starred and nested targets in for loops and comprehensions.
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
print([x + y for x, y in zip('ab', 'cd')])
print([h for h, *_ in ['xyz', 'pq']])
d = {'k': (1, 2)}
for key, (v1, v2) in d.items():
    print(key, v1, v2)
class O: pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
lst = [0, 0]
for lst[0] in 'xy':
    pass
print(lst)
