# Classes ordered by __lt__ work with sorted/min/max; __eq__ derives __ne__.
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __lt__(self, o): return self.t < o.t
    def __eq__(self, o): return self.t == o.t
    def __repr__(self): return '.'.join(map(str, self.t))
vs = [Ver('1.10'), Ver('1.2'), Ver('0.9.9'), Ver('1.2.1')]
print(sorted(vs), min(vs), max(vs))
print(Ver('1.0') != Ver('1.0'), Ver('1.0') != Ver('2.0'), Ver('1') > Ver('0'))
try:
    Ver('1') <= Ver('2')
except TypeError as e:
    print(e)
