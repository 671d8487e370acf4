# iter (one and two argument forms) and next with default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
vals = [3, 2, 1, 0, 5]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)), vals)
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(5, 0)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
s = iter([])
print(type(s).__name__, type(iter([1])).__name__, type(iter(())).__name__, type(iter({})).__name__)
print(type(iter(range(2))).__name__, type(iter(b'')).__name__, type(iter({1})).__name__)
