# Lambdas.
sq = lambda x: x * x
print(sq(5), (lambda: 'noargs')(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, x=2))
print(sq.__name__, (lambda: 0).__name__)
add = lambda a, *, b: a + b
print(add(1, b=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print((lambda x: (lambda y: x + y))(10)(5))
print((lambda a, /, b: a - b)(5, b=1))
