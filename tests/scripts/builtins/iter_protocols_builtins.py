# Builtins consume any iterable (generators, custom iterators, dict views).
def g():
    yield from [3, 1, 2]
d = {'b': 2, 'a': 1}
print(sorted(g()), list(reversed(sorted(d))), sum(d.values()), max(d.items()), tuple(d.keys()))
print(dict(g() for _ in [0]) if False else dict(zip(g(), 'xyz')), set(g()) == {1, 2, 3}, any(g()), all(g()))
print(list(map(str, g())), list(filter(lambda x: x > 1, g())), list(enumerate(g())), ''.join(map(str, g())))
print(min(g()), max(g()), len(list(g())), sorted(g(), reverse=True))
