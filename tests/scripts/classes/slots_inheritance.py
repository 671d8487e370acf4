# __slots__ layouts and multiple inheritance.
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class D(A):
    __slots__ = ('d',)
d = D()
d.a, d.d = 1, 2
print(d.a, d.d, D.__slots__, hasattr(d, '__dict__'))
class E:
    __slots__ = ()
class F(E, A):
    __slots__ = ('f',)
f = F()
f.a = f.f = 3
print(f.a, f.f)
print(type(A.a).__name__, A.a.__name__)
