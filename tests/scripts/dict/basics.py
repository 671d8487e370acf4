# dict construction, item access and the mapping methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3))
print(dict([('a', 1)], a=2), dict(zip('abc', range(3))), dict(((1, 2),)), dict(['xy']))
show(lambda: dict(1, 2))
show(lambda: dict(1))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([[1]]))
class Mapping:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**{'a': 1}, 'b': 2})

d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, d['b'], len(d), 'a' in d, 'z' in d, 'z' not in d)
show(lambda: d['z'])
show(lambda: d[[1]])
show(lambda: [1] in d)
show(lambda: d[(1, 2)])
del d['b']
print(d)
def delete(k):
    del d[k]
show(lambda: delete('b'))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 5), d.setdefault('n'), d)
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
print(d.pop('n'), d.pop('z', 'dflt'), d)
show(lambda: d.pop('z'))
show(lambda: d.pop())
e = {1: 1, 2: 2, 3: 3}
print(e.popitem(), e.popitem(), e)
e[9] = 9
print(e.popitem(), e.popitem(), e)
show(lambda: e.popitem())
f = {'x': 1}
f.update({'y': 2}, z=3)
f.update([('w', 0)])
f.update(Mapping())
f.update()
f.update(x=5)
print(f)
show(lambda: f.update(1))
show(lambda: f.update({}, {}))
show(lambda: f.update([1, 2]))
g = f.copy()
g['x'] = 'changed'
print(f['x'], g['x'], g == f, type(g).__name__)
g.clear()
print(g, len(g))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys({'k': 1}, []), dict.fromkeys(range(3), 'v'))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
print({1: 1, 2: 2} == {2: 2, 1: 1}, {1: 1.0} == {1.0: 1}, {'a': [1]} == {'a': [1]})
show(lambda: {} < {})
show(lambda: {} <= {1: 2})
show(lambda: hash({}))
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 2}, {} | {})
show(lambda: {} | [])
show(lambda: [] | {})
h = {'a': 1}
h |= {'b': 2}
h |= [('c', 3)]
print(h)
show(lambda: h.__ior__(1))
print(repr({}), repr({'a': 'b', 1: None, (1, 2): [3]}), str({1: {2: {}}}))
r = {}
r['self'] = r
print(r)
keys = [0, 1.0, True, 0.0, False, 1]
print({k: str(k) for k in keys})
print({1: 'int', 1.0: 'float', True: 'bool'})
nan = float('nan')
print({nan: 1}[nan], len({nan: 1, nan: 2}))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], big[998], sum(big.values()))
for i in range(1000, 1200):
    big[i] = i
print(len(big), list(big)[660:670])
