# In-place operators fall back to binary operators.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        return 'isub returned'
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return Plain(self.v * o)
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
a -= 1
print(a)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
p *= 3
print(p.v)
class Full:
    def __init__(self): self.log = []
    def __ifloordiv__(self, o): self.log.append('//='); return self
    def __itruediv__(self, o): self.log.append('/='); return self
    def __imod__(self, o): self.log.append('%='); return self
    def __ipow__(self, o): self.log.append('**='); return self
    def __ilshift__(self, o): self.log.append('<<='); return self
    def __irshift__(self, o): self.log.append('>>='); return self
    def __iand__(self, o): self.log.append('&='); return self
    def __ior__(self, o): self.log.append('|='); return self
    def __ixor__(self, o): self.log.append('^='); return self
    def __imatmul__(self, o): self.log.append('@='); return self
f = Full()
f //= 1; f /= 1; f %= 1; f **= 1; f <<= 1; f >>= 1; f &= 1; f |= 1; f ^= 1; f @= 1
print(f.log)
try:
    x = object()
    x += 1
except TypeError as e:
    print(e)
lst = [1]
lst2 = lst
lst += (2, 3)
print(lst2)
try:
    lst = lst + (4,)
except TypeError as e:
    print(e)
