# yield from with return values.
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
    return 'outer result'
g = outer()
print(list(g))
def delegate_iterable():
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
    yield from (x * x for x in range(3))
print(list(delegate_iterable()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
g = outer()
while True:
    try:
        next(g)
    except StopIteration as e:
        print('final value', e.value)
        break
