# Generator close.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
print(next(it, 'closed'))
it.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
def catches():
    try:
        yield 1
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
c = catches()
next(c)
c.close()
unstarted = g()
unstarted.close()
print('unstarted close prints nothing')
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
r = returns_on_exit()
next(r)
print(r.close())
