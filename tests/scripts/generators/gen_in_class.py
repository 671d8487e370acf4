# Generators as methods, and state kept between calls.
class Counter:
    def __init__(self):
        self.count = 0
    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count
c = Counter()
t = c.ticks(3)
print(next(t), c.count)
print(list(t), c.count)
print(list(c.ticks(2)), c.count)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while a < 50:
            yield a
            a, b = b, a + b
print(list(Fib()), list(Fib())[::-1][:3])
