# getattr/setattr/delattr/hasattr on classes and instances.
class C:
    x = 1
c = C()
setattr(c, 'y', 2)
setattr(C, 'z', 3)
print(getattr(c, 'x'), getattr(c, 'y'), c.z, getattr(c, 'nope', None))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    delattr(c, 'y')
except AttributeError as e:
    print(e)
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(e)
try:
    getattr(C, 'missing')
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
setattr(c, 'with space', 1)
print(getattr(c, 'with space'))
