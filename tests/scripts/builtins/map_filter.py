# map and filter are lazy iterators.
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, 'ab', 'cde')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
m = map(lambda x: x * 2, range(3))
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2')
print(type(f).__name__, list(f))
log = []
m = map(lambda x: log.append(x), [1, 2])
print(log)
list(m)
print(log)
try:
    map(len)
except TypeError as e:
    print(e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)
