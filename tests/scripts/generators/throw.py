# Generator throw.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    yield 'after'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
it2 = g()
next(it2)
try:
    it2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(it2, 'exhausted'))
it3 = g()
try:
    it3.throw(ValueError('before start'))
except ValueError as e:
    print('unstarted throw', e)
def inner():
    try:
        yield 'i1'
    except TypeError:
        yield 'inner handled'
def outer():
    yield from inner()
    yield 'outer next'
o = outer()
print(next(o), o.throw(TypeError), next(o))
it4 = g()
next(it4)
print(it4.throw(ValueError))
