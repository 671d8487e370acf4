# String literal forms.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('''multi
line''')
print("""a\
b""")
print('tab\there', 'nl\\n', 'bell\x07'.encode(), 'null\0x'.encode())
print('\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}')
print(r'raw\n\t', R"raw\d", r'\'', rb'\x00')
print('imp' 'licit' " concat" '''enation''')
print(('a'
       'b'
       'c'))
print('\u00e9', 'é', len('é'), '\u20ac', len('\U0001F600'))
print(repr('\n\t\r\\'), repr("'"), repr('"'), repr('\'"'))
print(repr('\x00\x1f\x7f\x80\xff'), repr('\u2028'))
