# Decorators that wrap methods, classmethods and staticmethods.
def logged(f):
    def w(*a, **k):
        print('->', f.__name__)
        return f(*a, **k)
    return w
class C:
    @logged
    def m(self, x): return x * 2
    @classmethod
    @logged
    def cm(cls): return cls.__name__
    @staticmethod
    @logged
    def sm(): return 'static'
    @property
    @logged
    def p(self): return 'prop'
c = C()
print(c.m(2), C.cm(), C.sm(), c.p)
