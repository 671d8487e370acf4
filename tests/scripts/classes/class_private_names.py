# Name mangling of __private attributes.
class A:
    __secret = 'a-secret'
    def __init__(self):
        self.__val = 1
        self.__dunder__ = 'not mangled'
    def get(self):
        return self.__val, A.__secret
    def __hidden(self):
        return 'hidden'
    def call_hidden(self):
        return self.__hidden()
class B(A):
    def __init__(self):
        super().__init__()
        self.__val = 2
a = B()
print(a.get(), sorted(a.__dict__))
print(a._A__val, a._B__val, A._A__secret, a.call_hidden())
try:
    a.__val
except AttributeError as e:
    print(e)
class _Under:
    def __m(self): return 1
print([k for k in _Under.__dict__ if 'm' in k and k.startswith('_')])
class C:
    def f(self):
        __local = 5
        return __local
    def g(self, x):
        return getattr(self, '__attr', 'getattr not mangled')
print(C().f(), C().g(1))
