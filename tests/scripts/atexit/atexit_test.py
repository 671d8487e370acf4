# atexit: handlers run at exit, last registered first; unregister; a
# failing handler does not stop the others.
import atexit


def goodbye(name, punct='!'):
    print('goodbye', name + punct)


def failing():
    raise ValueError('handler failed')


def removed():
    print('this should not run')


atexit.register(goodbye, 'first')
atexit.register(goodbye, 'second', punct='?')
atexit.register(failing)
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)


@atexit.register
def decorated():
    print('decorated handler runs first')


print(atexit.register(len, []) is len)
atexit.unregister(len)
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
print('end of script')
