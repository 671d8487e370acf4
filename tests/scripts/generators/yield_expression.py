# yield as an expression in various positions.
def g():
    x = yield
    y = (yield x) + 1
    z = [(yield y), (yield 'second')]
    yield z
it = g()
print(next(it))
print(it.send('a'))
print(it.send(10))
print(it.send('p'))
print(it.send('q'))
def lam():
    f = lambda: (yield 5)
    return list(f())
print(lam())
def in_expr():
    print('value is', (yield 1) or 'default')
    yield 'end'
i = in_expr()
next(i)
print(i.send(None))
