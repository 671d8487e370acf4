# Keyword-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
def g(*args, key=None):
    return args, key
print(g(1, 2), g(1, key='k'))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
print(f.__kwdefaults__, h.__kwdefaults__)
