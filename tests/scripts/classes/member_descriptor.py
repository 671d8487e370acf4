# Slot member descriptors and __get__(None, cls) on descriptors.
class A: __slots__=('a','_A__p')
m=A.a
print(m.__name__, m.__qualname__, m.__objclass__, repr(m), m.__doc__, A.__dict__['_A__p'].__name__)
a=A()
try: m.__get__(a)
except AttributeError as e: print(e)
m.__set__(a, 5); print(m.__get__(a), m.__get__(None, A) is m)
m.__delete__(a)
try: m.__delete__(a)
except AttributeError as e: print(e)
try: m.__set__(1, 2)
except TypeError as e: print(e)
class O:
  class I: __slots__ = ('z',)
print(O.I.z.__qualname__)
class D:
  def __get__(s, o, t): return (o, t)
class B:
  d = D()
  p = property(lambda s: 1)
print(B.p.__get__(None, B) is B.__dict__['p'], D().__get__(None, B), B.p.__get__(B()))
f = lambda s: 1
print(f.__get__(None, B) is f, f.__get__(B())())
for g in [lambda: f.__get__(None, None), lambda: B.p.__get__(None, None),
          lambda: classmethod(f).__get__(None, None), lambda: m.__get__(None, None)]:
    try: g()
    except TypeError as e: print(e)
print(staticmethod(f).__get__(None, B) is f, type(classmethod(f).__get__(None, B)).__name__)
