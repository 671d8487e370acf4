# isinstance/issubclass with tuples and nesting.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ((C, (A,)),)))
print(issubclass(B, (C, A)), issubclass(B, ()), isinstance(1, ()))
print(isinstance(True, (int, str)), issubclass(bool, int), issubclass(int, object))
print(isinstance(A, type), issubclass(type, object), isinstance(type, type), isinstance(object, type))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, (int, 5)) 
    print('first match wins')
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
