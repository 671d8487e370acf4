# str.format and format_map: numbering, keywords, attributes and items,
# conversions, nested specs, and every parse error.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print('{} {} {}'.format(1, 'a', None), '{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{}{x}{}'.format(1, 2, x='X'), '{0}{x}{1}'.format(1, 2, x='X'), '{00}{01}'.format('a', 'b'))
print('{{}} {{{}}} }}{{'.format(5), 'no fields'.format(1, 2, x=3), ''.format())
print('{0[0]} {0[1][0]} {1[k]} {1[1]}'.format(['a', ['b']], {'k': 'v', 1: 'int', '1': 'str'}))
print('{.real} {.imag} {x.__class__.__name__}'.format(3, 4, x='s'))
print('{0[-1]}'.format({'-1': 'neg'}), '{0[ a]}'.format({' a': 'space'}), '{x[a]}'.format(x={'a': 1}))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}|{0!s:^5}|'.format('ab'))
print('{:>{}}|{:{}{}}|'.format('a', 4, 'b', '^', 5), '{:{w}.{p}}|'.format('abcdef', w=6, p=3))
print('{0:{1}}'.format(35, '>8'), '{:{}}'.format('x', ''), '{:}'.format(12), '{!r:}'.format(1))
print('{٣}'.format(0, 1, 2, 'three'), '{:٣}|'.format('a'))
print('{0}'.format(*range(3)), '{k}'.format(**{'k': 'kw'}), '{}'.format([1, {2: 3}]))
class P:
    x = 'px'
    def __getitem__(self, k):
        return 'item:' + repr(k)
    def __format__(self, spec):
        return 'P(' + spec + ')'
print('{0.x} {0[5]} {0[key]} {0:spec} {0!s:.5}'.format(P()))
print('{:d} {:x} {:>5} {:,}'.format(42, 255, True, 1234567))

show(lambda: '{'.format())
show(lambda: '}'.format())
show(lambda: 'a{'.format())
show(lambda: 'a}b'.format())
show(lambda: '{0'.format(1))
show(lambda: '{0!x}'.format(1))
show(lambda: '{0!\x01}'.format(1))
show(lambda: '{!}'.format(1))
show(lambda: '{0!r'.format(1))
show(lambda: '{0!rr}'.format(1))
show(lambda: '{0!'.format(1))
show(lambda: '{}{0}'.format(1))
show(lambda: '{0}{}'.format(1))
show(lambda: '{1}'.format(1))
show(lambda: '{}'.format())
show(lambda: '{a}'.format())
show(lambda: '{a}'.format(1, b=2))
show(lambda: '{0.}'.format(1))
show(lambda: '{0..x}'.format(1))
show(lambda: '{0[]}'.format(1))
show(lambda: '{0[}'.format(1))
show(lambda: '{0[0]x}'.format([1]))
show(lambda: '{0[0]]}'.format([1]))
show(lambda: '{0:{1:{2}}}'.format(1, 2, 3))
show(lambda: '{0.foo}'.format(1))
show(lambda: '{0[5]}'.format([1]))
show(lambda: '{0[a]}'.format({}))
show(lambda: '{0[0]}'.format(5))
show(lambda: '{:d}'.format('a'))
show(lambda: '{:s}'.format(1))
show(lambda: '{0:}}'.format(1))
show(lambda: '{0}}'.format(1))
show(lambda: '{:{}}'.format(1))
show(lambda: '{:{0}}'.format(1))
show(lambda: '{0:{}}'.format(1, 2))
show(lambda: '{99999999999999999999}'.format(1))
show(lambda: '{:{^5}'.format('a'))
show(lambda: '{a{b}'.format())
show(lambda: '{!r}'.format())
show(lambda: '{x.y}'.format(x=None))

print('{a}|{b!r}'.format_map({'a': 1, 'b': 'two'}), '{x[0]}'.format_map({'x': 'yz'}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map(Default(name='Al')))
class M:
    def __getitem__(self, k):
        return k.upper()
print('{abc} {d}'.format_map(M()))
show(lambda: '{}'.format_map({}))
show(lambda: '{0}'.format_map({}))
show(lambda: '{a}'.format_map({}))
show(lambda: '{a}'.format_map(1))
show(lambda: 'x'.format_map())
print('{:>10}'.format('é😀'), '{:*^9}'.format('mid'), '{:é<4}'.format('a'))
print('{:.2f} {:e}'.format(3.14159, 0.5))
