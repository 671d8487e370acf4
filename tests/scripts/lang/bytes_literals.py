# Bytes literals.
print(b'abc', B"abc", b'''x''', b"\x00\xff\n\t")
print(br'\n', Rb'\x00', b'a' b'b')
print(b'abc'[0], b'abc'[1:], list(b'hi'))
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(bytes(3), bytes([65, 66]), bytearray(b'xy'))
print(b'\x80abc' == bytes([128, 97, 98, 99]))
print(len(b'\\'), b'\\')
