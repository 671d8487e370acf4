# Exceptions raised inside a generator propagate to the consumer.
def g():
    yield 1
    raise ValueError('in generator')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
print(next(it, 'generator is finished'))
def wrapper():
    try:
        yield from g()
    except ValueError as e:
        yield 'wrapper caught ' + str(e)
print(list(wrapper()))
