# Processing non-ASCII text: mixed scripts, combining marks, astral
# characters, surrogates, and linear-time behaviour on long strings.
text = 'Ünïcödé wörds: naïve café, 日本語のテキスト, emoji 😀🎉, Ελληνικά, русский, עברית.'
print(len(text), text.upper(), text.lower(), text.title(), sep='\n')
words = text.split()
print(words, len(words), [len(w) for w in words])
print([w[::-1] for w in words], [w[1:-1] for w in words])
print(text.find('😀'), text.index('русский'), text.count('é'), text.rfind('テ'))
print(text.replace('é', 'e').encode('ascii', 'replace'))
print(sorted(set(text))[:10], max(text), min(text))
print([ord(c) for c in '😀é€a'], ''.join(chr(c) for c in [0x1F600, 233, 8364, 97]))
print('e\u0301' == 'é', len('e\u0301'), 'e\u0301'.upper(), repr('e\u0301'[1]))
s = '\ud800\udc00'
print(len(s), repr(s), repr(s[0]), s.isprintable(), repr(s.upper()), s == '\U00010000')
print(repr('\ud83d\ude00'.encode('utf-16-le', 'surrogatepass')), repr('a\udcffb'))
mixed = ('aé€😀' * 2000) + 'needle' + ('ñ' * 3000)
print(len(mixed), mixed.find('needle'), mixed.rfind('😀'), mixed.count('€'), mixed[8000:8006])
print(len(mixed.split('😀')), len(mixed.upper()), mixed[::1000], mixed[-3:], mixed[::-2000])
print(mixed.index('ñ'), mixed.endswith('ñññ'), mixed.startswith('aé'), len(mixed.encode()))
acc = []
for ch in mixed[:20]:
    acc.append(ch)
print(''.join(acc), len(list(mixed)), sum(1 for c in mixed if c == 'é'))
print(' '.join(sorted(['éclair', 'apple', 'Zebra', 'über', 'ångström', 'Ölfass'])))
print('ß'.upper().lower(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ǅ'.lower(), 'ǅ'.upper())
print(str(0x1F600), chr(0x10FFFF) > chr(0xFFFF), '\U0010ffff'.isprintable(), '\x00'.isprintable())
