# __new__ returning instances of other classes skips __init__; __init__ args must fit __new__.
class A:
    def __init__(self):
        print('A.__init__')
class B:
    def __new__(cls):
        return A()
    def __init__(self):
        print('B.__init__ never runs')
print(type(B()).__name__)
class C:
    def __new__(cls, *args, **kw):
        print('C.__new__', args, kw)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print('C.__init__', a, b)
C(1, b=3)
class D:
    pass
try:
    D(1)
except TypeError as e:
    print(e)
class E:
    def __init__(self, x): pass
try:
    E()
except TypeError as e:
    print(e)
