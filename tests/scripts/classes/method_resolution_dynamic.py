# Methods are looked up dynamically on the class at call time.
class A:
    def f(self): return 'original'
a = A()
print(a.f())
A.f = lambda self: 'patched'
print(a.f())
del A.f
try:
    a.f()
except AttributeError as e:
    print(e)
class Base:
    def g(self): return 'base g'
class Child(Base): pass
c = Child()
Base.g = lambda self: 'patched base g'
print(c.g())
print(Child.__bases__)
