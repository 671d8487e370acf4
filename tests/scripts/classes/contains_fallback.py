# __contains__ result is converted to bool; iteration fallback uses ==.
class Weird:
    def __contains__(self, x):
        return x  # truthy value, not bool
print(5 in Weird(), 0 in Weird(), '' in Weird(), 'a' not in Weird())
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
print(3 in [Eq(1), Eq(3)], Eq(2) in [1, 2], 5 in (Eq(5),))
