# Exceptions raised inside except and finally blocks.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        raise TypeError('from handler')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        raise KeyError('from finally')
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
def h():
    try:
        raise ValueError('lost')
    finally:
        raise IndexError('replaces')
try:
    h()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            pass
        raise
except ValueError as e:
    print('bare raise re-raised current', repr(e))
