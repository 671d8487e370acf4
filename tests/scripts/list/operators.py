# list operators, comparisons, repr, hashing and subclasses.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a + [3], a + [], [] + a, a * 3, 3 * a, a * 0, a * -1, [] * 5)
show(lambda: a + (3,))
show(lambda: a + 'x')
show(lambda: a * 1.5)
show(lambda: a * 'x')
show(lambda: a * 2 ** 100)
show(lambda: [] * 2 ** 100)
show(lambda: [1, 2] * 2 ** 62)
b = a
b += (3, 4)
b += 'xy'
b += range(2)
print(a, b is a)
show(lambda: a.__iadd__(5))
c = [0, 1]
d = c
c *= 3
print(d, c is d)
c *= 0
print(d)
e = [[]] * 3
e[0].append(1)
print(e)
class N:
    def __index__(self):
        return 2
print([7] * N(), N() * [8])

print(2 in [1, 2], 3 in [1, 2], 3 not in [1, 2], [] in [[]], (1,) in [[1]])
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == (1, 2), [1, 2] < [1, 3])
print([1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1] <= [1], [1] >= [2])
print([1, [2, 3]] < [1, [2, 4]], ['a', 'b'] > ['a'])
show(lambda: [1] < [None])
show(lambda: [1] < (1,))
show(lambda: [1, 2] > 'ab')
nan = float('nan')
x = [nan]
print(x == x, [nan] == [nan], x == [nan], x < [nan])
print(repr([]), repr([1, 'a', None, 2.5, (1,)]), str([[]]))
r = [1]
r.append(r)
print(r, [r, r])
s = {'k': [1]}
s['k'].append(s)
print(s)
show(lambda: hash([]))
show(lambda: {[1]: 2})
print(list.__hash__)

class L(list):
    def __repr__(self):
        return 'L' + super().__repr__()
l = L([3, 1, 2])
l.sort()
print(l, type(l + [1]).__name__, type(l * 2).__name__, type(l[:]).__name__)
print(type(l.copy()).__name__, len(l), l == [1, 2, 3], isinstance(l, list))
class M(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(M(1, 2))
class Q(list):
    pass
q = Q('abc')
q.extra = 5
print(q, q.extra, q[1:], Q() == [])
print(list.__len__([1, 2]), list.__getitem__([5, 6], -1), list.__contains__([1], 1))
show(lambda: list.append((), 1))
