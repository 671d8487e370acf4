# staticmethod and classmethod.
class C:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        obj = cls()
        obj.n = n
        return obj
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count
class D(C): pass
print(C.add(1, 2), C().add(3, 4), C.make(5).n, type(D.make(1)).__name__)
print(C.incr(), C.incr(), D.incr(), C.count, D.count)
print(type(C.__dict__['add']).__name__, type(C.__dict__['make']).__name__)
print(C.__dict__['add'].__func__(1, 1))
def plain(x): return x * 2
C.plain = staticmethod(plain)
print(C().plain(4))
