# Bound and unbound methods.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(type(m).__name__, type(C.get).__name__)
d = C(6)
print(list(map(C.get, [c, d])))
c.get = lambda: 'instance attr'
print(c.get(), C.get(c))
print(c.__init__.__name__, C(1).get == C(1).get, m == c.__class__.get.__get__(c))
def free(self): return 'free ' + str(self.v)
C.free = free
print(d.free())
