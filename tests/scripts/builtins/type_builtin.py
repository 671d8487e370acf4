# type() with one and three arguments.
print(type(1), type('a'), type(None), type([]), type(type), type(1.5), type(print), type(range(1)))
print(type(1) is int, type(True) is bool, type(type(1)) is type)
print(type({}).__name__, type(set()).__name__, type(()).__name__, type(b'').__name__, type(...).__name__)
class A: pass
print(type(A()), type(A))
T = type('T', (A,), {'attr': 42, '__doc__': 'made by type'})
print(T.__name__, T.attr, T.__doc__, issubclass(T, A), T.__mro__[1] is A)
print(type(T()).__name__, type.__name__, type(int).__name__)
try:
    type()
except TypeError as e:
    print(e)
try:
    type('X', (), 5)
except TypeError as e:
    print(e)
