# split, rsplit, splitlines, partition, rpartition, join.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['a,b,,c', ',a,', '', ',', 'abc', 'a,,', 'é,€,😀']:
    print(repr(s), s.split(','), s.rsplit(','), s.split(',', 1), s.rsplit(',', 1))
    print(s.split(',', 0), s.split(',', -1), s.rsplit(',', maxsplit=2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('abcabc'.split('abc'), 'xé€yé€z'.split('é€'), 'x'.split('longer sep'))

for s in ['  a  b  c  ', 'abc', '', '   ', '\ta\nb\x0bc\x0cd\re\x1cf\x1dg\x1eh\x1fi j',
          '\u3000a\u2003b\x85c\xa0d\u2028e', 'a b']:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
    print(s.split(maxsplit=2), s.rsplit(maxsplit=0), s.split(sep=None, maxsplit=-5))
print(' a b '.split(None, 0), ' a b '.rsplit(None, 0), 'a  b  '.split(None, 1))

show(lambda: 'a'.split(''))
show(lambda: 'a'.rsplit(''))
show(lambda: 'a'.split(1))
show(lambda: 'a'.split(',', 'x'))
show(lambda: 'a'.split(',', 1.5))
show(lambda: 'a'.split(',', 2 ** 100))
show(lambda: 'a'.split(x=1))
show(lambda: 'a'.split(',', 1, 2))
show(lambda: 'a'.split(',', sep=','))
print('a,b'.split(sep=','), 'a,b,c'.split(',', maxsplit=True))

lines = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(lines.splitlines())
print(lines.splitlines(True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(keepends=True), ''.splitlines())
print('\n'.splitlines(), '\r\n'.splitlines(True), 'abc'.splitlines(), 'x\r'.splitlines(1))
show(lambda: 'a'.splitlines('x'))
show(lambda: 'a'.splitlines(x=1))

for s in ['a=b=c', 'abc', '=', 'é=€=😀', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
show(lambda: 'a'.partition(''))
show(lambda: 'a'.rpartition(''))
show(lambda: 'a'.partition(1))
show(lambda: 'a'.rpartition(None))

print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join(['x']), ' '.join(('é', '€')))
print('ab'.join('xyz'), ', '.join(str(i) for i in range(5)), '+'.join({'k': 1}))
print('→'.join(['a', 'bé']), repr(''.join(['', '', ''])), ''.join(map(str, [1, 2])))
class S(str):
    pass
print(repr('-'.join([S('a'), 'b'])), type('-'.join([S('a')])).__name__)
show(lambda: ','.join(['a', 1]))
show(lambda: ','.join([1]))
show(lambda: ','.join(5))
show(lambda: ','.join(None))
show(lambda: ','.join([b'a']))
show(lambda: ','.join(x for x in ['a', 2]))
big = ['x' * i for i in range(100)]
print(len(''.join(big)), len('é'.join(big)), '|'.join(big)[:30])
