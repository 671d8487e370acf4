# super() explicit two-argument forms and attributes.
class A:
    def hello(self): return 'A'
class B(A):
    def hello(self): return 'B+' + super().hello()
b = B()
s = super(B, b)
print(s.hello(), super(B, B).hello(b), s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    super(A, b).hello2
except AttributeError as e:
    print(e)
