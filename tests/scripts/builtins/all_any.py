# all and any, short-circuiting.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 1]), all('abc'), any(['', '']))
def gen(log):
    for v in [1, 0, 1]:
        log.append(v)
        yield v
log = []
print(all(gen(log)), log)
log = []
print(any(gen(log)), log)
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
try:
    all(5)
except TypeError as e:
    print(e)
