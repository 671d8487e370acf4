# ascii() escapes non-ASCII characters.
print(ascii('abc'), ascii('é'), ascii('日本'), ascii('🐍'), ascii(['ü', 1]), ascii(b'\xff'), ascii(5))
print(ascii('\n\t'), ascii("'"), ascii('"\''))
class C:
    def __repr__(self): return 'Ç'
print(ascii(C()), repr(C()))
