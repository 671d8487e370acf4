# list construction and the mutating methods, with their error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list([1, 2]), list((3, 4)), list("ab"), list(range(3)))
print(list({1: 'a', 2: 'b'}), list(x * x for x in range(4)))
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: list(5))

a = [1, 2, 3]
a.append(4)
a.extend([5, 6])
a.extend((7,))
a.extend(range(8, 10))
a.extend(x for x in "ab")
print(a)
a.extend(a)
print(len(a), a[-3:])
show(lambda: a.extend(3))
show(lambda: a.append())
show(lambda: a.append(1, 2))

b = [1, 2, 3]
b.insert(0, 0)
b.insert(100, 9)
b.insert(-1, 8)
b.insert(-100, -1)
print(b)
show(lambda: b.insert(1))
show(lambda: b.insert('a', 1))
show(lambda: b.insert(2 ** 100, 1))

c = [10, 20, 30, 40]
print(c.pop(), c.pop(0), c.pop(-1), c)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop(-2))
show(lambda: [1].pop('x'))
show(lambda: [1].pop(2 ** 100))
show(lambda: [1].pop(1, 2))

d = [3, 1, 3, 2, 3]
d.remove(3)
print(d)
show(lambda: d.remove(7))
print(d.index(3), d.index(3, 2), d.index(2, -3), d.count(3), d.count(9))
show(lambda: d.index(9))
show(lambda: d.index('q'))
show(lambda: d.index(3, 'a'))
show(lambda: d.index(3, 0, 1))
print(d.index(3, -100, 100), d.index(2, -2 ** 100, 2 ** 100))
show(lambda: d.count())

e = [1, [2], 3]
f = e.copy()
f[1].append(9)
f.append(4)
print(e, f, e.copy() == e, e.copy() is e)
e.clear()
print(e, len(e))
g = [1, 2, 3, 4]
g.reverse()
print(g)
h = []
h.reverse()
print(h)

# equality-based searches call __eq__ with the item first
class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print('eq', self.tag, other)
        return other == 2
print([1, Eq('a'), 2].index(2))
print(Eq('b') in [1, 2])
print([1, 2, 3].count(Eq('c')))
nan = float('nan')
print([nan].count(nan), nan in [nan], [nan].index(nan))
