# with statements: several items, as targets, __exit__ arguments.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as a:
    print('body', a)
with CM('x') as x, CM('y') as y:
    print('body', x, y)
with CM('s', True):
    raise ValueError('boom')
print('suppressed')
try:
    with CM('n'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with CM('tq') as (p, q):
    print(p, q)
def f():
    with CM('r'):
        return 'returned'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
with CM('o1') as o1, CM('o2', True):
    raise TypeError('inner')
print('done')
