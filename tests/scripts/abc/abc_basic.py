# abc: abstract methods, instantiation errors, register, subclass hooks.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, ABC.__abstractmethods__, Shape.area.__isabstractmethod__)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


try:
    Base()
except TypeError as e:
    print('TypeError', e)


class Impl(Base):
    name = 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def util():
        return 'u'


print(Impl.make().name, Impl.util())


class Duck(ABC):
    pass


class Mallard:
    pass


Duck.register(Mallard)
print(isinstance(Mallard(), Duck), issubclass(Mallard, Duck), Duck.register(int) is int, isinstance(3, Duck))


@Duck.register
class Decorated:
    pass


print(issubclass(Decorated, Duck), issubclass(bool, Duck), issubclass(str, Duck))
try:
    Duck.register(3)
except TypeError as e:
    print('TypeError', e)


class Sub(Duck):
    pass


try:
    Sub.register(Duck)
except RuntimeError as e:
    print('RuntimeError', e)


class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented


class Q:
    def quack(self):
        pass


print(isinstance(Q(), Hook), isinstance(1, Hook), issubclass(Q, Hook))
try:
    issubclass(3, Hook)
except TypeError as e:
    print('TypeError', e)
print(abc.get_cache_token() >= 0, isinstance(ABC, ABCMeta))


class Later(ABC):
    @abstractmethod
    def f(self):
        ...


def f(self):
    return 'filled'


Later.f = f
abc.update_abstractmethods(Later)
print(Later().f(), Later.__abstractmethods__)


class WithInit(ABC):
    def __init__(self, x):
        self.x = x


print(WithInit(5).x)
