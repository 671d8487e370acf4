# Case conversion, ASCII and Unicode (full mappings, final sigma).
samples = ['hello World', 'ÀÉÎõü', 'straße', 'ǅǆǄ', 'ΣΑΣ ΟΔΟΣ', 'ﬃ ﬀ', 'İstanbul',
           'ŉ', 'ΐ', 'ᾳ ᾼ', 'Ⅷ ⅷ', '😀 a', 'ı i I', 'Ǳ', 'ꭰ Ꭰ', '', 'x1y2',
           "they're bill's friends", 'ß', 'hello\u0301 world', 'Ａ ａ', '𐐀𐐨']
for s in samples:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.casefold()))
    print('   ', repr(s.capitalize()), repr(s.swapcase()), repr(s.title()))

for s in ['Σ', 'aΣ', 'aΣb', 'aΣ b', 'aΣ.b', 'Σa', 'aΣ.', "a'Σ", 'ΑΣ\u0301', 'ΑΣ\u0301x',
          '1Σ', 'ΣΣ', 'aΣΣ', 'AΣ\u0345']:
    print(repr(s), repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))

print('ABC'.lower(), 'abc'.upper(), 'aBc'.swapcase(), 'hELLO'.capitalize(), 'a b-c_d'.title())
print('123abc'.capitalize(), ' abc'.capitalize(), 'ABC DEF'.title(), 'o\'neil'.title())
big = 'Hello Wörld ' * 100
print(big.upper()[:24], big.lower()[-12:], len(big.swapcase()), big.title() == big)
