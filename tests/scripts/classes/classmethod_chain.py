# classmethod around other descriptors: the wrapped object's __get__ is
# called with the class as both instance and owner (Python 3.9 - 3.12).
class Desc:
    def __get__(self, obj, owner):
        return ('get', obj.__name__ if isinstance(obj, type) else obj, owner.__name__)
class A:
    d = classmethod(Desc())
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
    @classmethod
    def plain(cls, x):
        return cls.__name__, x
    @classmethod
    @staticmethod
    def stat():
        return 'static inside classmethod'
class B(A):
    pass
print(A.d, B.d, A().d, B().d)
print(A.name, B.name, B().name)
print(A.plain(1), B().plain(2), type(A.plain).__name__, A.plain.__self__ is A)
print(A.stat())
cm = A.__dict__['name']
print(type(cm).__name__, type(cm.__func__).__name__)
print(cm.__get__(None, B), cm.__get__(B()))
import builtins
m = classmethod(len)
print(m.__get__(None, A) is not None, type(m.__get__(None, A)).__name__)
