# __index__, __int__, __float__, __round__, __divmod__, __format__.
class I:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][I()], 'abcdef'[I():], bin(I()), hex(I()), range(I()), [1] * I())
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return ('round', n)
    def __divmod__(self, o): return ('divmod', o)
    def __format__(self, spec): return 'fmt:' + spec
n = N()
print(int(n), float(n), round(n), round(n, 2), divmod(n, 3), format(n, 'x'), f'{n:>5}')
try:
    [1, 2][N()]
except TypeError as e:
    print(e)
class Abs:
    def __abs__(self): return 'abs!'
print(abs(Abs()))
