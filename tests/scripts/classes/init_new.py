# __new__ and __init__.
class C:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print('init', v)
        self.v = v
c = C(5)
print(c.created, c.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(e)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
try:
    C()
except TypeError as e:
    print(e)
