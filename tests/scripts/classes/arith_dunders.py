# Arithmetic operator overloading, reflected operators.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V' + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, int):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        print('rmul')
        return self * k
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return 'pos'
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return 'inv'
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
a, b = V(1, 2), V(10, 20)
print(a + b, a + 1, 1 + a, b - a, a * 3, 3 * a, b / 4, b // 3, b % 3, a ** 2)
print(-a, +a, abs(V(-1, 2)), ~a, a @ b)
try:
    a + 'x'
except TypeError as e:
    print(e)
try:
    'x' + a
except TypeError as e:
    print(e)
print(sum([V(1, 1), V(2, 2)]))
