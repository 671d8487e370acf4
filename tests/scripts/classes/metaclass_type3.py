# type(name, bases, ns).
def hello(self):
    return 'hello from ' + type(self).__name__
Dyn = type('Dyn', (), {'x': 1, 'hello': hello})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), type(Dyn).__name__, Dyn.__bases__)
Sub = type('Sub', (Dyn,), {'y': 2})
print(Sub().hello(), Sub.y, Sub.x, [c.__name__ for c in Sub.__mro__])
print(type(5) is int, type('s'), type(type))
try:
    type('Bad', 5, {})
except TypeError as e:
    print(e)
try:
    type('a', 'b')
except TypeError as e:
    print(e)
print(Dyn.__module__ if '__module__' in Dyn.__dict__ else 'no module key')
