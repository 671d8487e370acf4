# Iteration order of sets: must match CPython's table exactly.
print({3, 1, 2}, {10, 100, 1000}, {(1, 2), (3, 4)}, {1.5, 2.5, -1.0, 0.0})
s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
print(s)
s.add(100)
s.add(33)
print(s)
print(set([5, 13, 21, 29, 3]), set([-1, -2, -3, 7, 15, -8]), {8, 16, 24, 32, 40, 48})
print(set([2 ** 61 - 1, 2 ** 61, -1, -2, 2 ** 64, -2 ** 61]))
print(set([0.1, 0.2, 0.3, 1e100, -2.5, float('inf')]))
print(set([(1, 2), (2, 1), (0, 0), (-1, -1), (1, 2, 3), ()]))
print(set(range(100, 0, -7)), set(range(1000, 0, -97)))
t = set()
for i in range(50):
    t.add(i * 37 % 101)
print(t)
for i in range(0, 101, 2):
    t.discard(i)
print(t)
for i in range(200, 230):
    t.add(i)
print(t)
u = {1, 2, 3}
u.discard(2)
u.add(10)
print(u)
v = set(range(40))
while len(v) > 30:
    v.pop()
print(v)
w = set()
for i in range(300):
    w.add(i * 7919 % 1000)
    if i % 3 == 0:
        w.discard(i * 13 % 1000)
print(len(w), list(w)[:40])
print(frozenset({7, 3, 99, 1024}), frozenset(range(10, 0, -1)), frozenset([(1, 'a')]))
x = set(range(30))
y = x.copy()
print(y, set(x) == x)
z = set(range(1000, 0, -33))
print(z | {1, 2}, z & set(range(0, 1000, 2)), z - set(range(500)), z ^ {1, 34, 5000})
print({i: None for i in range(8, 0, -1)}.keys() | {100})
print(set('a') | set(), {True, 1, 1.0}, {0, False, 0.0, -0.0})
