# Rich comparisons and NotImplemented.
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('V.__eq__')
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), V(1) <= V(1))
print(sorted([V(3), V(1), V(2)], key=lambda x: x)[0].v)
try:
    V(1) < 5
except TypeError as e:
    print(e)
class W:
    def __gt__(self, o):
        print('W.__gt__ reflected')
        return True
print(5 < W())
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n == n, n == N(), n != N())
class Sub(V):
    def __eq__(self, o):
        print('Sub.__eq__ first')
        return True
print(V(1) == Sub(2))
print(max([V(2), V(5), V(1)]).v)
