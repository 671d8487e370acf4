# The is*() predicates over ASCII and Unicode samples.
samples = ['', 'abc', 'ABC', 'Abc', 'aBc', '123', '1.5', '½', '²', '٣', 'Ⅻ', '一二三',
           ' ', '\t\n', '\u3000', '\x1c', '\x85', '\xa0', '\u200b', 'abc123', 'abc 123',
           'Hello World', 'Hello world', 'HELLO', 'hello', 'ǅ', 'ǅa', 'Aǅ', '_', 'a_1',
           '1a', 'é', 'É', 'ß', 'ﬃ', '😀', 'x😀', 'a\u0301', '\x7f', '\x1f', 'ÿ',
           '\u2028', '\ud800', 'Σ', 'ς', 'Ⅷ', 'ⅷ', 'ª', 'ʰ', '\u0345', 'def', 'class',
           'π', 'ℌ', '℘', '°', 'ǈ', 'ᾈ', '𝟘', '௰', '०', 'ſ', 'K', 'A1', 'a1', '1A']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
         'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, n)() else '0' for n in names))
print(all(chr(c).isprintable() == (0x20 <= c < 0x7f) for c in range(128)))
print(sum(chr(c).isspace() for c in range(0x3100)), sum(chr(c).isdigit() for c in range(0x10000)))
print(sum(chr(c).isalpha() for c in range(0x800)), sum(chr(c).isupper() for c in range(0x2000)))
print(sum(chr(c).isidentifier() for c in range(0x3000)), sum(chr(c).isnumeric() for c in range(0x3000)))
