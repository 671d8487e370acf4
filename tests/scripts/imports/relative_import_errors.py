# Relative import errors.
try:
    import _pkg.bad_relative
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
