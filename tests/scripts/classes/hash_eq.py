# __hash__ and __eq__; defining __eq__ makes a class unhashable.
class Default: pass
d = Default()
print(hash(d) == hash(d), d == d, d != Default())
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Key(1), Key(1), Key(2)}
print(len(s), Key(1) in s, {Key('a'): 1}[Key('a')])
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Inherit(Key): pass
print(hash(Inherit(5)) == hash(5))
