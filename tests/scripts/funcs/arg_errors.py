# Argument-binding error messages.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
def k(x, /):
    pass
class C:
    def m(self, x):
        pass
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(x=1),
    lambda: k(x=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(1, **{'b': 2, 'a': 3}),
    lambda: f(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b, c: 0)(),
    lambda: (lambda a, *, b, c: 0)(1),
    lambda: f(1, b=2, **{'b': 3}),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
