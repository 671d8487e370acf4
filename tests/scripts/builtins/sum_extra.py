# sum over floats, mixed types, start values, iterators.
print(sum([0.1] * 3), sum([1e100, 1.0, -1e100]), sum(range(10), 0.0))
print(sum(iter([1, 2, 3])), sum((x for x in [1.5, 2.5])), sum([], 5), sum([[1], [2]], start=[0]))
print(sum([(1,), (2,)], ()), sum([1, 2, 3], -6))
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
print(sum([Money(1), Money(2)]).v)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(e)
