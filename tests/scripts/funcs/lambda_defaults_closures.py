# Lambda defaults, keyword-only, and varargs forms.
f = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print((lambda *, k=1: k)(), (lambda a, /, b: (a, b))(1, 2))
print((lambda: (yield))().__class__.__name__)
g = lambda x: x if x < 2 else g(x - 1) + g(x - 2)
print(g(10))
