# str construction, length, concatenation, repetition, comparison,
# membership and hashing consistency.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(str()), repr(str('abc')), repr(str(12)), repr(str(1.5)))
print(repr(str(None)), repr(str([1, 'a'])), repr(str(b'xy')))
print(repr(str(object='o')), repr(str(encoding='utf-8')), repr(str(errors='x')))
print(repr(str(b'caf\xc3\xa9', 'utf-8')), repr(str(b'abc', encoding='ascii')))
print(repr(str(bytearray(b'hi'), 'latin-1')))
show(lambda: str(b'a', 'utf-8', 'strict', 1))
show(lambda: str(b'a', 1))
show(lambda: str(b'a', 'utf-8', 1))
show(lambda: str('a', 'utf-8'))
show(lambda: str(1, 'utf-8'))
show(lambda: str(b'a', 'nope'))
show(lambda: str(x=1))

class S:
    def __str__(self):
        return 'custom'
class R:
    def __repr__(self):
        return 'R()'
class Bad:
    def __str__(self):
        return 3
print(str(S()), str(R()), repr(R()))
show(lambda: str(Bad()))

print(len(''), len('abc'), len('é'), len('日本語'), len('😀x'))
print('ab' + 'cd', 'é' + '€', '' + 'x' + '')
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
print('ab' * 3, 3 * 'é', repr('x' * 0), repr('x' * -2), repr('' * 5))
print('ab' * True, repr('ab' * False))
show(lambda: 'a' * 'b')
show(lambda: 'a' * 1.5)
show(lambda: 'ab' * (2 ** 62))
show(lambda: 'ab' * (2 ** 70))
class Idx:
    def __index__(self):
        return 2
print('xy' * Idx(), Idx() * 'z')

s = 'hello'
s += ' world'
print(s)
print('a' < 'b', 'a' < 'ab', 'abc' <= 'abc', 'b' > 'abc', 'é' > 'z', '😀' > '€')
print('abc' == 'abc', 'abc' != 'abd', 'a' == 1, 'a' != 1)
show(lambda: 'a' < 1)
show(lambda: 'a' >= None)
print(sorted(['b', 'é', 'a', 'B', 'Z', '€', '😀', '']))

print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc', '' in '', 'é' in 'café')
print('hello'.__contains__('lo'))
show(lambda: 1 in 'abc')
show(lambda: None in 'abc')

print(hash('abc') == hash('ab' + 'c'), hash('') == hash(''), hash('é') == hash('é'))
d = {'a': 1, 'é': 2, 'long key ' * 3: 3}
print(d['a'], d['é'], d['long key long key long key '])
print(str.__name__, type('x').__name__, type('x') is str)
print('abc'.__len__(), 'abc'.__getnewargs__(), 'ab'.__mul__(2), 'ab'.__rmul__(2))
print('a'.__add__('b'))
print(str.join(',', 'abc'), str.upper('x'))
print(bool(''), bool('x'), bool(' '))
show(lambda: str.__new__(int))
show(lambda: str.__new__(5))
show(lambda: str.__new__())
print(repr(str.__new__(str, 'x')), str.__rmod__('x', '<%s>'), 'a'.__rmod__(3))
