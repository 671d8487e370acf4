# str subclasses: construction, methods returning plain str, overrides.
class S(str):
    pass
class Up(str):
    def __new__(cls, v=''):
        return super().__new__(cls, str(v).upper())
    def __str__(self):
        return 'Up!'
class WithAttr(str):
    def __init__(self, v):
        self.extra = len(v)

s = S('héllo')
print(type(s).__name__, s, repr(s), len(s), s == 'héllo', s + '!', type(s + '!').__name__)
for name in ['upper', 'lower', 'strip', 'title', 'casefold', 'swapcase', 'capitalize']:
    r = getattr(s, name)()
    print(name, repr(r), type(r).__name__)
print(type(s[1:3]).__name__, type(s[:]).__name__, type(s * 1).__name__, type(s.replace('x', 'y')).__name__)
print(type(s.center(2)).__name__, type(s.zfill(1)).__name__, type(s.expandtabs()).__name__)
print([type(p).__name__ for p in s.split('l')], [type(p).__name__ for p in s.partition('z')])
print(type(str(s)).__name__, type('%s' % s).__name__, type('{}'.format(s)).__name__, type(f'{s}').__name__)
print(isinstance(s, str), issubclass(S, str), S.__mro__[1] is str, hash(s) == hash('héllo'))
u = Up('abc')
print(repr(u), str(u), type(u).__name__, u.lower(), Up(5), '%s' % u, '{}'.format(u), f'{u}')
w = WithAttr('four')
print(w, w.extra, w.upper())
d = {S('k'): 1}
print(d['k'], 'k' in d, S('k') in {'k': 2})
print(S(), repr(S('a', )), S(b'xy', 'ascii'), S(object='z'), type(S(b'q', 'ascii')).__name__)
print(str.__new__(S, 'n'), type(str.__new__(S, 'n')).__name__)
print(sorted([S('b'), 'a', S('c')]), max(S('x'), 'y'), ''.join([S('a'), S('b')]))
class Eq(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
print(Eq('a') == 'b', 'b' == Eq('a'), Eq('a') != 'a')
