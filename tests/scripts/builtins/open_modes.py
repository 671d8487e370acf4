# open() modes: x, r+, w+, seek/tell, readline loop, iteration, newline handling.
name = '_tmp_open_modes_test.txt'
with open(name, 'w') as f:
    f.write('abc\ndef\n')
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(name, 'r+') as f:
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    f.write('X')
    f.seek(0)
    print(repr(f.read()))
with open(name, 'w+') as f:
    f.write('one\ntwo\r\nthree')
    f.seek(0)
    lines = []
    while True:
        line = f.readline()
        if not line:
            break
        lines.append(line)
    print(lines)
with open(name, 'rb') as f:
    print(f.read())
with open(name, newline='') as f:
    print(f.readlines())
with open(name) as f:
    print(f.name == name, f.mode, f.readable(), f.writable())
f = open(name)
for i, line in enumerate(f):
    print(i, line.rstrip())
f.close()
try:
    import os
    os.remove(name)
except ImportError:
    pass
