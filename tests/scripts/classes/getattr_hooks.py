# __getattr__, __getattribute__, __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'computed ' + name
        raise AttributeError(f'no {name}')
l = Lazy()
print(l.real, l.xyz, getattr(l, 'xa'), getattr(l, 'q', 'default'), hasattr(l, 'q'))
class Spy:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
s = Spy()
s.a = 1
print(s.a, s.secret)
class Guard:
    def __setattr__(self, name, v):
        if name == 'ro':
            raise AttributeError('read-only')
        print('setting', name, v)
        super().__setattr__(name, v)
    def __delattr__(self, name):
        print('deleting', name)
        super().__delattr__(name)
g = Guard()
g.x = 5
try:
    g.ro = 1
except AttributeError as e:
    print(e)
del g.x
print(hasattr(g, 'x'))
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from getattribute')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
print(Both().boom)
class Err:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Err(), 'z')
except KeyError as e:
    print('KeyError', e)
