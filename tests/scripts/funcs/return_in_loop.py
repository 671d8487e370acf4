# return out of nested loops and from try/finally within loops.
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
def f():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('finally', i)
print(f())
def g():
    while True:
        with open(__file__) as fh:
            return fh.readline().strip()[:10]
print(g())
