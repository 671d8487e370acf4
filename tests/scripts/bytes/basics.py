# bytes construction, repr, indexing, slicing, operators, comparison,
# hashing and iteration.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(b'xy'))
print(bytes(bytearray(b'ba')), bytes('é', 'utf-8'), bytes('abc', encoding='ascii'), bytes(x for x in [97]))
print(bytes(source=b'kw'), bytes([True, False]), bytes(iter([1])), bytes({5: 'a'}))
class B:
    def __bytes__(self):
        return b'from dunder'
class Idx:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Idx()), bytes([Idx()]))
show(lambda: bytes('abc'))
show(lambda: bytes(b'a', 'ascii'))
show(lambda: bytes(-1))
show(lambda: bytes([1, 300]))
show(lambda: bytes([-1]))
show(lambda: bytes([1, 'a']))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
show(lambda: bytes(errors='strict'))
show(lambda: bytes(encoding='ascii'))
show(lambda: bytes(3, 'ascii'))
show(lambda: bytes('é', 'ascii'))
show(lambda: bytes('a', 1))
show(lambda: bytes('a', 'nope'))
class Bad:
    def __bytes__(self):
        return 'str'
show(lambda: bytes(Bad()))

for b in [b'', b'abc', b"it's", b'say "x"', b'\'"', b'\x00\x07\t\n\r\x1b\x7f\x80\xff', b'\\']:
    print(repr(b), str(b), len(b))
print(repr(bytes(range(256))))

b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[-3:], b[100:], b[2:1], b[None:2])
show(lambda: b[20])
show(lambda: b[-20])
show(lambda: b['a'])
show(lambda: b[1.5])
show(lambda: b[::0])
print(b + b'!', b + bytearray(b'?'), b * 2, 2 * b'ab', b'x' * 0, b'ab' * -1, b'' * 5)
show(lambda: b + 'a')
show(lambda: b + 1)
show(lambda: 'a' + b)
show(lambda: b * 'a')
show(lambda: b * 1.5)
show(lambda: b * (2 ** 70))
print(b'abc' == b'abc', b'abc' != b'abd', b'a' < b'b', b'ab' < b'abc', b'b' > b'abc', b'' <= b'')
print(b'abc' == 'abc', b'abc' == bytearray(b'abc'), b'a' < bytearray(b'b'), b'x' == 1)
show(lambda: b'a' < 'a')
show(lambda: b'a' <= 1)
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), hash(b'abc') == hash('abc'))
print({b'k': 1}[b'k'], b'k' in {b'k'}, b'\x00' in b'a\x00', 97 in b'abc', 120 in b'abc', b'' in b'')
show(lambda: 'a' in b'abc')
show(lambda: 300 in b'abc')
show(lambda: -1 in b'abc')
print(list(b'abc'), [x for x in b''], list(iter(b'\x00\xff')), tuple(b'hi'), sum(b'\x01\x02'))
it = iter(b'ab')
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it))
show(lambda: next(it))
print(type(b).__name__, type(iter(b)).__name__, b.__len__(), b'x'.__getnewargs__())
class SB(bytes):
    pass
sb = SB(b'sub')
print(type(sb).__name__, sb, repr(sb), sb + b'x', type(sb + b'x').__name__, type(sb[:]).__name__)
print(type(sb.upper()).__name__, type(bytes(sb)).__name__, sb == b'sub', SB(3), SB([65]))
print(bool(b''), bool(b'\x00'))
