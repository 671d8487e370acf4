# strip family, padding (center, ljust, rjust, zfill), expandtabs,
# removeprefix and removesuffix.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['  hello  ', '\t\n x \r\x0b\x0c', '', '   ', 'abc', '\u3000é\u2003', '\x1c\x1fz\x85']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.strip('xy')), repr('abc'.strip('')))
print(repr('éaé'.strip('é')), repr('€a😀'.lstrip('€😀')), repr('€a😀'.rstrip('😀a')))
print(repr('aaa'.strip('a')), repr('abc'.lstrip('cba')), repr('abc'.rstrip(None)))
print(repr('  x  '.strip(None)), repr('<<x>>'.lstrip('<')), repr('<<x>>'.rstrip('>')))
show(lambda: 'a'.strip(1))
show(lambda: 'a'.lstrip(b'a'))
show(lambda: 'a'.rstrip([]))
show(lambda: 'a'.strip('a', 'b'))

for w in [-1, 0, 3, 4, 5, 6, 7, 10]:
    print(w, repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.zfill(w)))
print(repr('ab'.center(5)), repr('ab'.center(6)), repr('a'.center(4, '*')), repr('é'.center(5, '€')))
print(repr('x'.ljust(4, '😀')), repr('x'.rjust(3, 'é')), repr(''.center(3, '-')))
show(lambda: 'a'.center(5, 'ab'))
show(lambda: 'a'.center(5, ''))
show(lambda: 'a'.ljust(5, 1))
show(lambda: 'a'.rjust('5'))
show(lambda: 'a'.center())
show(lambda: 'a'.center(2 ** 100))
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', 'é', '0']:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
show(lambda: '1'.zfill('3'))

print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\tdef\tg'.expandtabs(4)))
print(repr('\t'.expandtabs(0)), repr('a\tb'.expandtabs(-1)), repr('ab\n\tc\r\td'.expandtabs(3)))
print(repr('é\tx'.expandtabs(4)), repr('12345678\tx'.expandtabs()), repr('no tabs'.expandtabs()))
print(repr('a\tb'.expandtabs(tabsize=2)), repr('\t\t'.expandtabs(1)))
show(lambda: 'a\tb'.expandtabs('x'))
show(lambda: 'a\tb'.expandtabs(size=2))

print('prefix-body'.removeprefix('prefix-'), 'body'.removeprefix('x'), 'ab'.removeprefix('ab'))
print('body.txt'.removesuffix('.txt'), 'body'.removesuffix('y'), 'ab'.removesuffix(''))
print('éa'.removeprefix('é'), 'a€'.removesuffix('€'), 'a'.removeprefix('abc'))
show(lambda: 'a'.removeprefix(1))
show(lambda: 'a'.removesuffix(None))
