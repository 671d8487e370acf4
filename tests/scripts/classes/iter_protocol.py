# __iter__ and __next__.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print('x', x)
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True))
print(dict(zip(Range2(2), Countdown(2))))
class NotIter:
    def __iter__(self): return 5
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class GenIter:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(GenIter()), '-'.join(GenIter()))
