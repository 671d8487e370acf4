# Tuple/list unpacking, nested, starred targets.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, (f, g)), h = (1, (2, 3)), 4
print(e, f, g, h)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
p, *mid, q = range(5)
print(p, mid, q)
p, *mid, q = 1, 2
print(p, mid, q)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for k, (v1, v2) in [('a', (1, 2)), ('b', (3, 4))]:
    print(k, v1, v2)
m, n = {'k1': 1, 'k2': 2}
print(m, n)
*all_, = (1, 2)
print(all_)
