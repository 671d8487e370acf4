# __call__.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), callable(Adder))
print(list(map(a, [1, 2, 3])))
class NoCall: pass
print(callable(NoCall()))
try:
    NoCall()()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        return ('intercepted', cls.__name__, a)
class W(metaclass=Meta): pass
print(W(1, 2))
