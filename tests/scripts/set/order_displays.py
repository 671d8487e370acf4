# Set displays: constant ones are built from a folded frozenset, others
# item by item, {*x} by merging tables; each gives CPython's order.
x, y = 40, 48
print({8, 16, 24, 32, 40, 48}, {8, 16, 24, 32, x, y}, {8, 16})
print({-1, -2, -3, 7, 15, -8}, {2 ** 61, 2 ** 61 - 1, -2 ** 61, 0, 1 << 64})
print({(1, 2), (3, -4), (0,), ()}, {1.5, -0.0, 2.5, float('1e100')})
print({'', 'a' * 0, ''}, {True, 1, 1.0, 2}, {0, False, 0.0, -0.0, 3, 11})
s = {8, 16, 24, 32, 40, 48}
print({*s}, {*s, 1}, {1, *s}, {*s, *{100, 200, 300}}, set(s), frozenset(s))
print({*range(30, 0, -3)}, {*(5, 13, 21, 29, 37)}, {*[64, 128, 192, 0]})
print({i * 8 for i in range(8)}, {*{1: 2, 9: 3, 17: 4, 25: 5}})
d = dict.fromkeys([33, 1, 65, 97, 129])
print(set(d), {*d}, set(d.keys()), set(d.items()) == {(k, None) for k in d})
big = {i * 33 % 1000 for i in range(200)}
print(list(big)[:20], list({*big})[:20], list(frozenset(big))[:20])
t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
     21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38}
print(t)
u = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300}
print(u, u | {1}, {1} | u, u & {100, 1300, 5}, u - {100})
