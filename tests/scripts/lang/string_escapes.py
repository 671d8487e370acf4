# Escape sequences in str and bytes literals.
print(repr('\a\b\f\n\r\t\v'), repr('\0'), repr('\777' if False else '\177'), repr('\x7e'))
print(len('\\'), len('\''), len("\""), len('\
'))
print(repr('\N{EM DASH}'), repr('\u00A0'), repr('\U0001F600'), repr('\N{DIGIT ONE}'))
print(repr(b'\a\x00\xff\\'), repr(b'\101'), list(b'\t\n'))
print('\101\102\103', '\x41\x42', '\u0041')
print(repr('a\tb'.expandtabs(4)) if False else repr('tab\there'))
