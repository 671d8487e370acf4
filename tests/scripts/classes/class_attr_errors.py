# Attribute errors on classes and instances.
class C:
    __slots__ = ()
try:
    C().x = 1
except AttributeError as e:
    print(e)
try:
    C.nothing
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    int.new = 1
except TypeError as e:
    print(e)
try:
    del C.nope
except AttributeError as e:
    print(e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(e)
