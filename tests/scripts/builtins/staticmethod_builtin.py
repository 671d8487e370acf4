# staticmethod() and classmethod() called directly.
def f(*a): return a
class C:
    s = staticmethod(f)
    c = classmethod(f)
print(C.s(1), C().s(1), C.c(1)[0].__name__, C().c(1)[0].__name__)
sm = staticmethod(f)
print(sm.__func__ is f, classmethod(f).__func__ is f, callable(sm))
print(sm(5))
