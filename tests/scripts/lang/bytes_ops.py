# Language-level operations on bytes.
a = b'abc'
print(a + b'def', a * 2, b'b' in a, 98 in a, a < b'abd', a == b'abc', a != 'abc', a[0], a[-1:], a[::-1])
print(list(a), bytes(reversed(a)), len(a), b''.join([a, a]), a.decode(), hash(a) == hash(b'abc'))
try:
    a + 'x'
except TypeError as e:
    print(e)
try:
    'x' in a
except TypeError as e:
    print(e)
try:
    300 in a
except ValueError as e:
    print(e)
ba = bytearray(a)
ba += b'!'
ba[0] = ord('A')
print(ba, ba == b'Abc!', bytes(ba), ba * 2)
