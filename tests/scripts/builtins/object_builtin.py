# object() instances.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, hasattr(o, '__dict__'))
try:
    object(1)
except TypeError as e:
    print(e)
print(sorted(n for n in dir(o) if n in ('__eq__', '__hash__', '__repr__', '__str__', '__class__')))
