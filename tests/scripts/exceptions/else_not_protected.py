# Exceptions in else are not handled by the same try's except clauses.
def f():
    try:
        pass
    except ValueError:
        return 'handled in except'
    else:
        raise ValueError('from else')
try:
    f()
except ValueError as e:
    print('escaped from else:', e)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError as inner:
            return repr(inner.__context__)
print(g())
