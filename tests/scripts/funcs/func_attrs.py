# Function attributes.
def f(a, b=2, *, c=3):
    """Docstring of f."""
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__module__)
def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
class C:
    def m(self):
        "method doc"
    class Inner:
        def im(self): pass
    @staticmethod
    def s(): pass
print(C.m.__qualname__, C.Inner.im.__qualname__, C.Inner.__qualname__, C.s.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__, (lambda: 0).__qualname__)
f.custom = 'attr'
print(f.custom, f.__dict__)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
f.__defaults__ = (100,)
print(f(1), f.__defaults__)
print(C.m.__doc__, type(f).__name__, callable(f))
def ann(x: int, y: 'str' = 'a') -> bool: pass
print(ann.__annotations__)
