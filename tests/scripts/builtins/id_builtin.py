# id(): compare only.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(None) == id(None))
print(id(a) != id(c), isinstance(id(1), int))
x = object()
s = {id(x): 'found'}
print(s[id(x)])
