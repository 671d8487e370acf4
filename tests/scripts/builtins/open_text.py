# open() for text files: write, read back, append, iterate lines.
name = '_tmp_open_text_test.txt'
with open(name, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\nline three')
print(n)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'a') as f:
    f.write('\nappended')
with open(name) as f:
    print([line for line in f])
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(name, encoding='utf-8') as f:
    print(f.read(4), f.read(4))
f = open(name, 'r')
print(f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
with open(name, 'w', encoding='utf-8') as f:
    f.write('héllo ✓\n')
with open(name, encoding='utf-8') as f:
    print(f.read(), end='')
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'w') as f:
    print('via print', 42, file=f)
with open(name) as f:
    print(repr(f.read()))
try:
    import os
    os.remove(name)
except ImportError:
    pass
