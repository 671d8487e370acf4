# Argument errors mentioning keyword-only arguments and methods.
def f(a, *, b):
    pass
def g(a, b=1, *, c, d=2):
    pass
class K:
    def m(self, a, *, b):
        pass
    @classmethod
    def cm(cls, a):
        pass
    @staticmethod
    def sm(a):
        pass
cases = [
    lambda: f(1, 2, b=3),
    lambda: f(1, 2),
    lambda: g(1, 2, 3, c=4),
    lambda: g(1, 2, 3, 4),
    lambda: g(),
    lambda: K().m(1, 2),
    lambda: K().m(1),
    lambda: K.cm(),
    lambda: K.cm(1, 2),
    lambda: K.sm(),
    lambda: K().sm(1, 2),
    lambda: f(1, b=2, c=3),
    lambda: f(1, b=2, **{'b': 3}),
    lambda: K().m(a=1, b=2, self=3),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
