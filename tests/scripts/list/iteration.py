# list iterators: forward, reversed, length hints, mutation while iterating.
a = [1, 2, 3]
it = iter(a)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
a.append(4)
print(list(it), it.__length_hint__(), list(it))
a.append(5)
print(list(it))
r = reversed(a)
print(type(r).__name__, r.__length_hint__(), next(r), list(r), r.__length_hint__())
print(list(reversed([])), list(reversed([1])))
b = [1, 2, 3, 4]
for x in b:
    if x == 2:
        b.remove(x)
    print(x, end=' ')
print(b)
c = [1, 2, 3]
out = []
for x in c:
    out.append(x)
    if len(c) < 6:
        c.append(x * 10)
print(out)
d = [1, 2, 3, 4, 5]
r = reversed(d)
next(r)
del d[2:]
print(list(r), r.__length_hint__())
e = [1, 2, 3]
i = iter(e)
print(iter(i) is i, list(zip(i, i)))
print([x * 2 for x in [1, 2, 3]], sum(x for x in [1, 2, 3]))
