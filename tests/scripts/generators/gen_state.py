# Generator attributes and state introspection.
def g():
    yield 1
it = g()
print(it.__name__, it.__qualname__, type(it).__name__)
print(it.gi_running)
next(it)
print(next(it, 'done'))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
class C:
    def gen(self):
        yield self
print(C().gen().__qualname__)
