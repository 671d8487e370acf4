# str.encode, bytes.decode and str(b, enc): codecs and error handlers.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'aé€😀'
for enc in ['utf-8', 'utf8', 'UTF-8', 'U8', 'utf_8', ' utf-8 ', 'latin-1', 'latin1', 'iso-8859-1',
            'ISO_8859-1', 'L1', 'ascii', 'US-ASCII', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32',
            'utf-32-le', 'utf_32be']:
    show(lambda: s.encode(enc))
    show(lambda: 'plain'.encode(enc))
print('abc'.encode(), 'é'.encode(encoding='utf-8'), ''.encode('ascii'), 'x'.encode('utf-16-le'))
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
               'surrogatepass', 'bogus']:
    print(errors)
    show(lambda: s.encode('ascii', errors))
    show(lambda: s.encode('latin-1', errors))
    show(lambda: 'a\ud800b'.encode('utf-8', errors))
    show(lambda: 'a\udcffb\udc80'.encode('utf-8', errors))
    show(lambda: 'x\udc80y'.encode('ascii', errors))
    show(lambda: '\ud800\udc00'.encode('utf-16-le', errors))
show(lambda: 'éé'.encode('ascii'))
show(lambda: 'aéé'.encode('ascii'))
show(lambda: 'é€'.encode('latin-1'))
show(lambda: '\ud800\udc00'.encode('utf-8'))
show(lambda: '\udc80\ud800'.encode('ascii', 'surrogateescape'))
show(lambda: 'ab\ud800\ud800cd'.encode('utf-8', 'replace'))
show(lambda: 'x'.encode('nope'))
show(lambda: 'x'.encode(1))
show(lambda: 'x'.encode('utf-8', 1))
show(lambda: 'x'.encode('utf-8', 'strict', 1))
show(lambda: 'é'.encode('latin-1', 'bogus'))

data = [b'', b'abc', b'caf\xc3\xa9', b'\xff', b'a\xffb', b'\xe2\x82', b'\xe2\x82\x28', b'\xed\xa0\x80',
        b'\xf4\x90\x80\x80', b'\xc0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98x', b'\xf0\x9fx', b'\xf0',
        b'\xc3', b'\xc3x', b'\x80', b'\xf5', b'\xe0\x80\x80', b'\xf0\x80\x80\x80', b'\xed\xa0\xbd\xed\xb8\x80',
        b'ok\xf0\x9f\x98\x80ok']
for d in data:
    print(repr(d))
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        show(lambda: d.decode('utf-8', errors))
for d in [b'a\xffb', b'\x80abc\xfe']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        show(lambda: d.decode('ascii', errors))
    show(lambda: d.decode('latin-1'))
show(lambda: b'a\xffb'.decode('utf-8', 'xmlcharrefreplace'))
show(lambda: b'a\xffb'.decode('utf-8', 'bogus'))
show(lambda: b'abc'.decode('bogus'))
show(lambda: b'abc'.decode(1))
show(lambda: b'abc'.decode(errors=1))
print(b'abc'.decode('utf-8', 'bogus'), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'))
for d in [b'\xff\xfea\x00', b'a\x00', b'\xfe\xff\x00a', b'a\x00b', b'\x00\xd8a\x00', b'\x00\xd8',
          b'\x00\xdc', b'=\xd8\x00\xde']:
    show(lambda: d.decode('utf-16'))
    show(lambda: d.decode('utf-16-le'))
    show(lambda: d.decode('utf-16-be', 'replace'))
for d in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'a\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
          b'\x00\x00\x00a']:
    show(lambda: d.decode('utf-32'))
    show(lambda: d.decode('utf-32-be', 'replace'))
for text in ['', 'abc', 'é€😀\x00', 'a\U0010ffff']:
    for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le']:
        assert text.encode(enc).decode(enc) == text, (text, enc)
print('round trips ok')
raw = bytes(range(256))
print(raw.decode('latin-1').encode('latin-1') == raw, raw.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == raw)
print(len(raw.decode('utf-8', 'replace')), raw.decode('ascii', 'ignore') == ''.join(map(chr, range(128))))
for f in [lambda: b'ab\xe2\x82('.decode(), lambda: 'a\xe9\u20acb'.encode('ascii'),
          lambda: bytearray(b'\xff').decode('ascii'), lambda: b'\x00\xd8'.decode('utf-16-le'),
          lambda: 'x\ud800'.encode('utf-16')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
