# getattr, setattr, hasattr, delattr.
class C: pass
c = C()
setattr(c, 'x', 10)
print(getattr(c, 'x'), hasattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'y'))
delattr(c, 'x')
print(hasattr(c, 'x'))
print(getattr([], 'append').__name__, getattr(1, 'real'), hasattr('', 'upper'), getattr(int, '__name__'))
try:
    getattr(c, 'x')
except AttributeError as e:
    print(e)
for args in [(c, 1), (c, None)]:
    try:
        getattr(*args)
    except TypeError as e:
        print(e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(e)
try:
    hasattr(c)
except TypeError as e:
    print(e)
