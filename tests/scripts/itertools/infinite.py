# itertools: count, cycle, repeat (with islice to bound them).
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(2.5), 3)), list(islice(count(0, 0.5), 4)), list(islice(count(5, -2), 4)))
print(list(islice(count(2**62), 2)), list(islice(count(2**47 - 2), 4)))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)))
c = count(3)
next(c)
print(repr(c), next(c), repr(c))
print(repr(count(step=2, start=3)), repr(count(-1)))
for bad in [('a',), (1, 'a'), (None,)]:
    try:
        count(*bad)
    except TypeError as e:
        print('TypeError', e)
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
try:
    cycle()
except TypeError as e:
    print('TypeError', e)
try:
    cycle(1)
except TypeError as e:
    print('TypeError', e)
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(repr(repeat('a', 3)), repr(repeat('a')), repr(repeat([1], 0)), repr(repeat(1, -5)))
r = repeat(1, 3)
next(r)
print(repr(r), r.__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
try:
    repeat()
except TypeError as e:
    print('TypeError', e)
try:
    repeat(1, 'a')
except TypeError as e:
    print('TypeError', e)
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(), 'abc')))
print(type(count()).__name__, count.__module__, iter(c) is c)
