# Keyword arguments to built-in functions and methods.
print(sorted([3, 1, 2], reverse=True), int('ff', base=16), print('x', end='!\n'))
print(dict(a=1).get('a', 0), 'a,b'.split(sep=','), max([1, 2], key=lambda v: -v))
try:
    len(obj=[1])
except TypeError as e:
    print(e)
try:
    'abc'.split(foo=1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
try:
    abs()
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
