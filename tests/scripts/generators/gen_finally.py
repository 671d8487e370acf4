# try/finally inside generators and exhaustion.
def g():
    try:
        for i in range(3):
            yield i
    finally:
        print('finally ran')
print(list(g()))
it = g()
for x in it:
    if x == 1:
        break
print('after break')
it.close()
print('after close')
def h():
    try:
        yield 1
    finally:
        return 'swallowed'
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
