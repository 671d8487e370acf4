# dict views: iteration, len, membership, set operations, reprs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), len(v), len(i), list(k), list(v), list(i))
print(2 in k, 9 in k, 'a' in v, 'z' in v, (1, 'a') in i, (1, 'b') in i, 1 in i, (1,) in i)
show(lambda: [1] in k)
print([1] in i)
show(lambda: ([1], 2) in i)
d[4] = 'd'
print(k, len(v), list(i)[-1])
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, i.mapping, v.mapping['a'] if False else v.mapping[1])
print(k == {1, 2, 3, 4}, k == [1, 2, 3, 4], k != {1}, k == k, i == i, v == v, v == d.values())
print(k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {9}, i > {(1, 'a')})
print(k & {1, 2, 9}, k | {9}, k - {1, 2}, k ^ {1, 9}, {1, 2, 9} & k, [9, 1] | k)
print(k & [2, 3], k - [4], [1, 5] - k, k ^ [1, 5], sorted({3: 0, 4: 0}.keys() & k))
print(i & {(1, 'a'), (2, 'x')}, i - {(1, 'a'), (2, 'b'), (3, 'c')}, sorted(i | {(9, 9)}))
print({1: 2}.items() ^ {3: 4}.items(), {1: 2, 3: 4}.items() ^ {1: 2, 3: 5}.items())
print(k.isdisjoint({7, 8}), k.isdisjoint([1]), i.isdisjoint({(1, 'a')}), k.isdisjoint(k))
show(lambda: k & 1)
show(lambda: k | 1)
show(lambda: v & {1})
show(lambda: k < [1])
show(lambda: hash(k))
show(lambda: hash(i))
print(hash(v) == hash(v))
e = {}
e['v'] = e.values()
print(e)
e2 = {}
e2['k'] = e2.keys()
print(e2)
print(repr({}.keys()), repr({}.values()), repr({}.items()))
