# dict subclasses: __missing__, overridden methods, and what dict calls.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = Default(a=1)
print(d['a'], d['xyz'], d, d.get('q'), 'q' in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c, type(c).__name__, c.copy(), type(c.copy()).__name__)
class Raises(dict):
    def __missing__(self, key):
        raise KeyError('missing ' + str(key))
show(lambda: Raises()['k'])
class NoMissing(dict):
    pass
show(lambda: NoMissing()['k'])
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
u.update(b=2)
print(u, dict(u), Upper(c=3))
class WithInit(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = 'x'
w = WithInit([(1, 2)], z=0)
print(w, w.extra, w == {1: 2, 'z': 0}, isinstance(w, dict))
print(Default.fromkeys('ab'), type(Default.fromkeys('ab')).__name__)
class Keys(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'v'
print(dict(Keys(only=1, other=2)), {**Keys(a=1)})
d2 = {}
d2.update(Keys(x=1))
print(d2)
print(dict.__repr__(Default(a=1)), Default(a=1) | {'b': 2}, type(Default() | {}).__name__)
