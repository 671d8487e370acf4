# list() and tuple() constructors.
print(list(), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list(x * 2 for x in [1]))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple({3}), tuple(range(2)))
a = [1, 2]
b = list(a)
print(b == a, b is a)
t = (1, 2)
print(tuple(t) is t)
for bad in (5, None):
    try:
        list(bad)
    except TypeError as e:
        print(e)
try:
    list(1, 2)
except TypeError as e:
    print(e)
