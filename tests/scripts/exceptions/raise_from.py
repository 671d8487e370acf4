# raise ... from ... sets __cause__ and __suppress_context__.
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('no chain') from None
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
try:
    raise RuntimeError('a') from KeyError('b')
except RuntimeError as r:
    print(repr(r.__cause__), r.__context__)
try:
    raise RuntimeError from ValueError
except RuntimeError as r:
    print(repr(r.__cause__))
try:
    raise RuntimeError from 5
except TypeError as t:
    print(t)
