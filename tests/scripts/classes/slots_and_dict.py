# __slots__ including __dict__ and __weakref__; slots with defaults via class attr conflicts.
class A:
    __slots__ = ('x', '__dict__')
a = A()
a.x = 1
a.y = 2
print(a.x, a.y, a.__dict__)
try:
    class B:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(e)
class C:
    __slots__ = ()
print(hasattr(C(), '__dict__'))
class D:
    __slots__ = ['a', 'b']
    def __init__(self):
        self.a = 1
d = D()
try:
    d.b
except AttributeError as e:
    print(e)
print(sorted(D.__slots__))
