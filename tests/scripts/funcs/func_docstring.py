# Docstrings are only the first statement string.
def a():
    "one"
def b():
    x = 1
    "not doc"
def c():
    """multi
    line"""
def d():
    f"not a docstring {1}"
print(repr(a.__doc__), repr(b.__doc__), repr(c.__doc__), repr(d.__doc__))
class K:
    "class doc"
print(K.__doc__)
class L: pass
print(L.__doc__)
