# __dir__, __reversed__, __len__+__getitem__ reversal.
class D:
    def __dir__(self): return ['zeta', 'alpha']
print(dir(D()))
class R:
    def __reversed__(self): return iter('cba')
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return 'xyz'[i]
print(list(reversed(Seq())))
try:
    reversed(object())
except TypeError as e:
    print(e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
