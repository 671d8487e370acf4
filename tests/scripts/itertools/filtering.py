# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap, pairwise, zip_longest.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.accumulate(['a', 'b', 'c'])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2], func=lambda a, b: a - b)))
for bad in ['it.accumulate()', 'it.accumulate([1], 1, 2)', 'list(it.accumulate([1, "a"]))']:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.chain.from_iterable(iter([[1], [], [2, 3]]))))
for bad in ['it.chain(x=1)', 'list(it.chain(1))', 'it.chain.from_iterable()', 'list(it.chain.from_iterable([1]))']:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1, 1, 1, 1])))
print(list(it.compress(data='ABC', selectors=[0, 1, 1])))
try:
    it.compress([1])
except TypeError as e:
    print('TypeError', e)
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: True, [1, 2])), list(it.takewhile(lambda x: True, [1, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(filter(None, [0, 1])))
for bad in ['it.dropwhile(len)', 'it.takewhile()', 'it.filterfalse(None)', 'it.starmap(len)', 'it.dropwhile(len, [], x=1)']:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, ['ab', [1]])))
try:
    next(it.starmap(len, [1]))
except TypeError as e:
    print('TypeError', e)
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest('AB', [1, 2, 3])))
print(list(it.zip_longest()), list(it.zip_longest([1])), list(it.zip_longest([], [])))
try:
    it.zip_longest(x=1)
except TypeError as e:
    print('TypeError', e)
try:
    it.zip_longest(1)
except TypeError as e:
    print('TypeError', e)


def gen():
    yield 1
    raise ValueError('from gen')


try:
    list(it.chain(gen()))
except ValueError as e:
    print('ValueError', e)
try:
    list(it.takewhile(lambda x: 1 / 0, [1]))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
