# A function containing yield is a generator function.
def g():
    if False:
        yield
    return 5
r = g()
print(type(r).__name__)
try:
    next(r)
except StopIteration as e:
    print('StopIteration', e.value)
def normal():
    return [x for x in range(3)]
print(type(normal()).__name__)
def lazy():
    print('started')
    yield 1
x = lazy()
print('created')
print(next(x))
