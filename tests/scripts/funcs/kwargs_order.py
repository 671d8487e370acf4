# **kwargs preserves order; keyword names may be any identifiers.
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1}, a=2))
print(f(**dict(x=1), **dict(y=2)))
def g(a, **kw):
    return a, kw
print(g(a=1, b=2), g(1, **{'a-b': 3}))
def h(self, **kw): return self, kw
print(h(1, self=2) if False else h(1, other=2))
