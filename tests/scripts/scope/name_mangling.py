# Name mangling of __private names.
class Account:
    def __init__(self, balance):
        self.__balance = balance
    def balance(self):
        return self.__balance
    @classmethod
    def __secret(cls):
        return 'secret of ' + cls.__name__
    def reveal(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._Account__balance, a.reveal())
print('_Account__balance' in vars(a), '__balance' in vars(a))
try:
    print(a.__balance)
except AttributeError as e:
    print(e)
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
print(Sub(5).peek())
class M:
    __x = 1
    def get(self):
        return self.__x, getattr(self, '_M__x'), eval('self._M__x') if False else None
print(M().get())
class Dunder:
    __ok__ = 'dunder not mangled'
print(Dunder.__ok__)
class ___Only:
    def f(self):
        __z = 1
        return [n for n in dir(self) if 'z' in n]
print(___Only.__name__)
def func():
    class Inner:
        __v = 5
        def g(self): return self.__v
    return Inner().g(), hasattr(Inner, '_Inner__v')
print(func())
