# chr and ord.
print(chr(65), chr(97), chr(0x20AC), chr(0), repr(chr(10)), chr(0x1F600))
print(ord('A'), ord('€'), ord('\n'), ord('🐍'), ord(b'a'), ord(bytearray(b'z')))
for f, a in [(chr, -1), (chr, 0x110000), (ord, ''), (ord, 'ab'), (ord, 5), (chr, 'a')]:
    try:
        f(a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
