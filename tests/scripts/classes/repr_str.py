# __repr__ and __str__.
class A:
    def __repr__(self):
        return 'A()'
class B:
    def __str__(self):
        return 'B-str'
class C:
    def __repr__(self): return 'C-repr'
    def __str__(self): return 'C-str'
for o in (A(), C()):
    print(o, str(o), repr(o), [o], f'{o}', f'{o!r}', '%s %r' % (o, o))
b = B()
print(b, str(b), repr(b).startswith('<__main__.B object at 0x'))
print(repr(A).replace("'", '"'), str(A), A.__name__)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
