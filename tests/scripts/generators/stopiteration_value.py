# StopIteration carries the return value.
def g():
    yield 1
    return [1, 2]
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)
def k():
    return None
    yield
try:
    next(k())
except StopIteration as e:
    print(repr(e))
e = StopIteration(5)
print(e.value, StopIteration().value)
def tup():
    return (1, 2)
    yield
try:
    next(tup())
except StopIteration as e:
    print(e.value, e.args)
