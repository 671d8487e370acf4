# repr() and ascii() of strs: quote choice and escapes.
samples = ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t', '\x00\x07\x1b\x7f',
           '\x80\x9f\xa0\xad\xff', 'é€😀', '\u2028\u2029', '\ufeff', '\U000e0001', '\ud800',
           '\udfff', '\U0010ffff', '\u0378', '\u200b', 'tab\there', "'", '"', '\'"\'']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(['a', "b'"]), str(('é',)), ascii(['é']), repr({'k': '\n'}))
print(repr(chr(0)), repr(chr(31)), repr(chr(127)), repr(chr(160)), repr(chr(0xFFFF)))
print(''.join(repr(chr(c))[1:-1] for c in range(0x2000, 0x2070)))
print(sum(len(repr(chr(c))) for c in range(0x3000)))
