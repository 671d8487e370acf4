# zip over many iterables, enumerate with big start, laziness.
print(list(zip('ab', [1, 2], (True, False), range(10, 12))))
print(list(enumerate('ab', 2**64)))
def gen():
    for i in range(3):
        print('gen yields', i)
        yield i
z = zip(gen(), 'x')
print(list(z))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(zip(*zip('abc', 'def'))))
