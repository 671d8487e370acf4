# Reflected operator dispatch rules.
class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return 'A.radd'
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B.radd'
print(A() + B())
class Base:
    def __mul__(self, o):
        return 'Base.mul'
    def __rmul__(self, o):
        return 'Base.rmul'
class Derived(Base):
    def __rmul__(self, o):
        return 'Derived.rmul'
print(Base() * Derived())
print(Derived() * Base())
class R:
    def __rsub__(self, o): return f'rsub({o})'
    def __rtruediv__(self, o): return f'rtruediv({o})'
    def __rfloordiv__(self, o): return f'rfloordiv({o})'
    def __rmod__(self, o): return f'rmod({o})'
    def __rpow__(self, o): return f'rpow({o})'
    def __rlshift__(self, o): return f'rlshift({o})'
    def __rrshift__(self, o): return f'rrshift({o})'
    def __rand__(self, o): return f'rand({o})'
    def __ror__(self, o): return f'ror({o})'
    def __rxor__(self, o): return f'rxor({o})'
    def __rmatmul__(self, o): return f'rmatmul({o})'
    def __rdivmod__(self, o): return f'rdivmod({o})'
r = R()
print(1 - r, 1 / r, 1 // r, 1 % r, 2 ** r, 1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, 1 @ r, divmod(1, r))
class Neither: pass
for op in [lambda: 1 - Neither(), lambda: Neither() * 2, lambda: Neither() ** 2,
           lambda: Neither() < 2, lambda: -Neither(), lambda: Neither() @ 1]:
    try:
        op()
    except TypeError as e:
        print(e)
