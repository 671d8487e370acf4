# Nested with: exits run in reverse order; exception handed outward.
class CM:
    def __init__(self, n, sup=False):
        self.n, self.sup = n, sup
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, *exc):
        print('exit', self.n, exc[0] and exc[0].__name__)
        return self.sup
with CM(1, True), CM(2), CM(3):
    raise RuntimeError
print('after')
class Bad:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('not called')
try:
    with CM('outer'), Bad():
        print('never')
except OSError as e:
    print('caught', e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError('from exit')
try:
    with ExitRaises():
        raise KeyError('orig')
except ValueError as e:
    print(repr(e), repr(e.__context__))
