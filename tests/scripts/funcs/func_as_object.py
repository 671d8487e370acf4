# Functions are first-class objects.
def f(): return 'f'
g = f
del f
print(g(), g.__name__)
funcs = {'len': len, 'abs': abs}
print(funcs['len']('abc'), funcs['abs'](-2))
print(isinstance(g, object), callable(g), callable(3))
print(type(len).__name__, len.__name__, repr(len))
print(type(lambda: 0) is type(g))
class C:
    def meth(self): pass
print(type(C().meth).__name__, type(C.meth).__name__)
