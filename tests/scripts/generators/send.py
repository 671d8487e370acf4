# Generator send.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(g.send(None))
print(g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if len(received) == 3:
            return received
e = echo()
next(e)
e.send('a'); e.send('b')
try:
    e.send('c')
except StopIteration as s:
    print(s.value)
def inner():
    x = yield 'inner ready'
    return x * 2
def outer():
    r = yield from inner()
    yield ('outer got', r)
o = outer()
print(next(o), o.send(21))
