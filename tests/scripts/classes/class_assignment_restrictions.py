# __class__ assignment and attribute restrictions on built-in types.
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
try:
    [].x = 1
except AttributeError as e:
    print(e)
try:
    list.append = None
except TypeError as e:
    print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
