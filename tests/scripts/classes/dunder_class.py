# __class__, __dict__, __module__, changing __class__.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
x = A()
print(x.__class__.__name__, x.who())
x.__class__ = B
print(x.__class__.__name__, x.who(), isinstance(x, B))
print(type(A.__dict__).__name__, 'who' in A.__dict__, A.__module__)
x.__dict__['k'] = 1
print(x.k, x.__dict__)
x.__dict__ = {'fresh': True}
print(x.fresh)
try:
    A.__dict__['z'] = 1
except TypeError as e:
    print(e)
