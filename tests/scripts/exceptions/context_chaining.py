# __context__ is set implicitly.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    finally:
        raise TypeError('b')
except TypeError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError('x')
    except KeyError as k:
        raise k
except KeyError as e:
    print(e.__context__)
e = Exception()
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
e.__cause__ = ValueError()
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
