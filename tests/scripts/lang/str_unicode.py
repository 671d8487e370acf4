# Unicode strings: lengths, indexing, reprs.
s = 'héllo wörld ✓ 🐍'
print(s, len(s), s[1], s[-1], s[12])
print(repr(s))
print(ascii(s))
print([ord(c) for c in 'aé€🐍'])
print(chr(233), chr(0x1F40D), chr(0x10FFFF) == '\U0010FFFF')
print('日本語'[::-1], '日本語' + 'abc', '日本' * 2)
print('Ω'.encode('utf-8'), b'\xce\xa9'.decode('utf-8'))
print(sorted('cbaé'), 'é' > 'z')
