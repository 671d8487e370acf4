# __hash__ inheritance rules.
class Base:
    def __hash__(self): return 7
class EqChild(Base):
    def __eq__(self, o): return True
class PlainChild(Base):
    pass
print(hash(PlainChild()), EqChild.__hash__)
try:
    hash(EqChild())
except TypeError as e:
    print(e)
class Restored(Base):
    def __eq__(self, o): return True
    __hash__ = Base.__hash__
print(hash(Restored()))
