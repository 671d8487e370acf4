# set methods and their error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(set(), set([1, 2, 2]), set('hello') == set('ohle'), set({1: 2}), set(range(3)), set('a'))
show(lambda: set(1, 2))
show(lambda: set(a=1))
show(lambda: set(1))
show(lambda: set([[1]]))
s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s), 2 in s, 5 in s, 5 not in s)
show(lambda: s.add([1]))
show(lambda: s.add())
show(lambda: [1] in s)
s.discard(1)
s.discard(99)
print(s)
s.remove(2)
show(lambda: s.remove(99))
show(lambda: s.remove([1]))
print(s.pop(), s)
show(lambda: s.pop())
show(lambda: set().remove(1))
t = {frozenset({1, 2}), 3}
print({1, 2} in t, {3} in t, frozenset() in t)
t.remove({1, 2})
print(t)
t.add(frozenset())
t.discard(set())
print(t)
a = {1, 2, 3}
print(a.union({4}), a.union([5], (6,), [70]), a.union(), a | {9})
print(a.intersection({2, 3, 4}), a.intersection([3], [3, 4]), a.intersection(), a.intersection(range(10)))
print(a.difference({1}), a.difference([1], [2]), a.difference(), a.difference(range(100)))
print(a.symmetric_difference({3, 4}), a.symmetric_difference([1, 1, 9]))
show(lambda: a.symmetric_difference())
show(lambda: a.union(1))
show(lambda: a.intersection(1))
print(a.issubset({1, 2, 3, 4}), a.issubset([1, 2]), a.issubset(range(5)), set().issubset([]))
print(a.issuperset({1}), a.issuperset([1, 5]), a.issuperset([]), a.isdisjoint({4}), a.isdisjoint([3]))
show(lambda: a.issubset(1))
show(lambda: a.isdisjoint(1))
show(lambda: a.issuperset([[1]]))
b = {1, 2, 3, 4}
b.update([5], {6}, (-7,))
print(b)
b.intersection_update({1, 2, 3, -7, 9}, [1, -7, 2])
print(b)
b.difference_update([1], {-7})
print(b)
b.symmetric_difference_update([2, 8])
print(b)
b.symmetric_difference_update(b)
print(b)
c = {1, 2}
c.difference_update(c)
print(c)
d = {1, 2, 3}
e = d.copy()
e.add(4)
print(d, e, d.copy() is d)
d.clear()
print(d, len(d))
f = set(range(100))
f.difference_update(range(0, 100, 2))
print(len(f), sorted(f)[:5])
g = set(range(10))
g.intersection_update(range(5, 50))
print(g)
big = set(range(10000))
small = {1, 5, 9999}
print(small & big, big & small, small - big, len(big - small), (big ^ small) == big - small)
print(len(big.intersection(range(5000, 20000))), small.issubset(big), big.isdisjoint(small))
print(set.union({1}, {2}), frozenset.union(frozenset(), [1]))
show(lambda: set.union())
show(lambda: set.add(frozenset(), 1))
print({1, 2}.intersection({2: 'x', 3: 'y'}), {1, 2}.difference({2: 0}), {1, 2}.symmetric_difference({2: 0, 9: 0}))
show(lambda: {1, 2} - {2: 0})
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
def grow():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
show(grow)
def swap():
    s = {1, 2}
    for x in s:
        s.discard(x)
        s.add(x + 100)
    return len(s)
show(swap)
def sticky():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(5)
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as ex:
            out.append(str(ex))
    return out
show(sticky)
