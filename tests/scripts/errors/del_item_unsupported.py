# `del obj[key]` on objects without __delitem__: CPython's two wordings
# (sequence-like types given an index say "doesn't", the rest "does not").
class C: pass
class I:
    def __index__(self): return 0
def g(): yield
for o in [C(), g(), 1.5, len, {}.keys(), {}.items(), (1,), 'a', frozenset(),
          range(2), iter([]), None, type, object(), 1j, Ellipsis, C, b'x',
          type.__dict__]:
    for k in [0, True, I(), 'x', slice(1), 2**100]:
        try:
            del o[k]
        except (TypeError, IndexError) as e:
            print(type(o).__name__, type(k).__name__, type(e).__name__, e)
class Bad:
    def __index__(self): raise ValueError('bad index')
try:
    del (1, 2)[Bad()]
except ValueError as e:
    print('ValueError', e)
