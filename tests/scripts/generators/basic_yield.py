# Basic generators.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(2)
print(next(g), next(g), next(g, 'end'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
def multi():
    yield 1
    yield 'two'
    yield [3]
print(list(multi()))
for v in multi():
    print(v)
def gen_state():
    print('start')
    x = yield 1
    print('got', x)
    yield 2
    print('end')
g = gen_state()
print(next(g))
print(next(g))
print(list(g))
