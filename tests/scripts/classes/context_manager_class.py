# __enter__/__exit__ on a class.
class Resource:
    opened = 0
    def __init__(self, name): self.name = name
    def __enter__(self):
        Resource.opened += 1
        print('open', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        print('close', self.name, exc_type.__name__ if exc_type else 'ok')
        return exc_type is ZeroDivisionError
with Resource('r1') as r:
    print('using', r.name, Resource.opened)
with Resource('r2'):
    1 / 0
print('after', Resource.opened)
try:
    with Resource('r3'):
        [][0]
except IndexError:
    print('IndexError escaped')
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
