# StopIteration from __next__ ends a for loop; other exceptions propagate.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration
        if self.n > 5:
            raise RuntimeError('never')
        return self.n
print(list(It()))
class Bad:
    def __iter__(self): return self
    def __next__(self): raise ValueError('broken iterator')
try:
    for x in Bad():
        pass
except ValueError as e:
    print('ValueError', e)
