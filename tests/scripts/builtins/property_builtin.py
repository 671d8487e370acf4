# property() called directly.
class C:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): del self._x
    x = property(getx, setx, delx, 'the x')
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.x.fget is C.getx)
del c.x
print(hasattr(c, '_x'))
ro = property(lambda self: 'ro')
class D:
    p = ro
print(D().p)
try:
    D().p = 1
except AttributeError as e:
    print(e)
print(type(property()).__name__)
try:
    D.q = property()
    D().q
except AttributeError as e:
    print(e)
