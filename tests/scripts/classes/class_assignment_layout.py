# __class__ assignment: which classes are compatible (slots, builtin
# bases, module subclasses) and CPython's messages.
import sys, types
class M(types.ModuleType):
    @property
    def answer(self): return 42
mod = sys.modules[__name__]
mod.__class__ = M
print(type(mod).__name__, mod.answer)
class N(types.ModuleType):
    __slots__ = ('q',)
try:
    mod.__class__ = N
except TypeError as e: print(e)
class A: pass
class S: __slots__ = ('a',)
class T: __slots__ = ('a',)
class U: __slots__ = ('b',)
s = S(); s.__class__ = T; print(type(s).__name__)
try: s.__class__ = U
except TypeError as e: print(e)
try: s.__class__ = A
except TypeError as e: print(e)
a = A()
for v in [int, object, list, type, None]:
    try: a.__class__ = v; print("ok", v)
    except TypeError as e: print(e)
class L(list): pass
class L2(list): pass
l = L(); l.__class__ = L2; print(type(l).__name__)
try: l.__class__ = list
except TypeError as e: print(e)
try: [].__class__ = L
except TypeError as e: print(e)
try: object().__class__ = A
except TypeError as e: print(e)
try: del a.__class__
except TypeError as e: print(e)
class P: __slots__ = ('x', 'y')
class Q: __slots__ = ('y', 'x')
class R: __slots__ = ('x', '__dict__')
p = P(); p.x = 1; p.__class__ = Q; print(type(p).__name__, p.x)
try: p.__class__ = R
except TypeError as e: print(e)
class D(S): pass
d = D()
try: d.__class__ = S
except TypeError as e: print(e)
class E(S): pass
d.__class__ = E; print(type(d).__name__)
