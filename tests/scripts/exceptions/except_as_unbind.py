# The `as` name is unbound after the except block.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err)
print(f())
x = None
try:
    raise KeyError
except KeyError as x:
    saved = x
print(type(saved).__name__, 'x' in globals())
