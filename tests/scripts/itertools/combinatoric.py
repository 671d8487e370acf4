# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it

print(list(it.product('AB', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product('ab', [])), list(it.product([], repeat=0)), list(it.product('ab', repeat=0)))
print(list(it.product('ab', 'c', repeat=2)))
print(len(list(it.product(range(4), range(5), range(6)))))
for bad in ['it.product(1)', 'it.product([1], repeat=-1)', 'it.product([1], foo=1)']:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.permutations('ABC')), list(it.permutations('ABCD', 2))[:5])
print(list(it.permutations(range(3), 0)), list(it.permutations('AB', 3)), list(it.permutations([])))
print(len(list(it.permutations(range(6)))), list(it.permutations('abc', r=None))[-1])
print(list(it.permutations(iterable='ab', r=1)))
for bad in ['it.permutations([1], -1)', 'it.permutations(1)', 'it.permutations([1], "x")', 'it.permutations()']:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('AB', 0)), list(it.combinations('AB', 3)), list(it.combinations([], 0)))
print(len(list(it.combinations(range(10), 5))), list(it.combinations(r=1, iterable='xy')))
for bad in ['it.combinations([1])', 'it.combinations([1], -1)', 'it.combinations([1], "a")', 'it.combinations_with_replacement([1], -1)']:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 2)))
print(list(it.combinations_with_replacement('AB', 0)), list(it.combinations_with_replacement('A', 3)))
print(len(list(it.combinations_with_replacement(range(5), 3))))
p = it.product('ab')
print(next(p), next(p), list(p), list(p))
