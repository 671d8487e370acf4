# Generator expressions: laziness, scope and one-shot iteration.
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
try:
    (1 / x for x in [0])
    print('not evaluated yet')
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    (x for x in 5)
except TypeError as e:
    print('eager first iterable:', e)
print(sum(x * x for x in range(10)), ''.join(c for c in 'abc' if c != 'b'))
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested))
gen = (i for i in range(3))
print(iter(gen) is gen, type(gen).__name__)
