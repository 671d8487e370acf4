# range objects: construction, len, indexing, slicing, search, equality.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 5), range(1, 10, 2), range(0), range(10, 0, -3), range(-5, 5, 2))
print(list(range(5)), list(range(1, 10, 3)), list(range(10, 0, -4)), list(range(3, 3)), list(range(5, 0)))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, 2, 0))
show(lambda: range(1.0))
show(lambda: range('a'))
show(lambda: range(1, 'b'))
show(lambda: range(x=1))
class I:
    def __index__(self):
        return 4
print(range(I()), range(True, I()), list(range(I())))
r = range(0, 20, 3)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, bool(r), bool(range(0)))
show(lambda: r[7])
show(lambda: r[-8])
show(lambda: r['a'])
show(lambda: r[1.0])
print(r[1:3], r[::-1], r[::2], r[-2:], r[5:1:-2], r[100:], r[:-100], r[::-1][::-1] == r)
print(range(10)[slice(1, 2 ** 100, 2 ** 90)], range(10)[2 ** 100:], range(10)[-2 ** 100:])
show(lambda: r[::0])
show(lambda: r['a':])
print(9 in r, 10 in r, -3 in r, 21 in r, 9.0 in r, 9.5 in r, True in range(2), 'x' in r)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(9.0))
show(lambda: r.index(10))
show(lambda: r.index('x'))
show(lambda: r.index(9, 1))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 100, 50))
print(range(3) == range(0, 3, 1), range(3) != range(4), range(3) == [0, 1, 2], range(3) == (0, 1, 2))
show(lambda: range(1) < range(2))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(7, 2)), hash(range(1, 2)) == hash(range(1, 5, 10)))
print(hash(range(3)), hash(range(1, 10, 2)), hash(range(-5, 5)))
print({range(2): 'a'}[range(0, 2)], range(3).__reduce__())
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(range(1, 10, 3))
print(type(rv).__name__, rv.__length_hint__(), list(rv))
print(list(reversed(range(0))), list(reversed(range(5, 0, -2))), list(reversed(range(-3, 3))))
print(sum(range(101)), max(range(7)), sorted(range(5, 0, -1)), list(enumerate(range(3))))
show(lambda: type('x', (range,), {}))
total = 0
for i in range(1000):
    total += i
print(total)
for i in range(3):
    for j in range(i):
        print(i, j, end='; ')
print()
