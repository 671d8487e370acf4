# io.BytesIO and the io module's names.
import io

b = io.BytesIO(b'hello\nworld')
print(b.read(3), b.readline(), b.readlines(), b.tell(), b.getvalue(), b.seek(0, 2), b.write(b'!'), b.getvalue())
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba, b.read1(2), b.truncate(4), b.getvalue(), b.tell())
b.seek(8)
b.write(b'Z')
print(b.getvalue())
print(list(io.BytesIO(b'a\nb\n\nc')), io.BytesIO().getvalue(), io.BytesIO(bytearray(b'xy')).read())
w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'de')), w.tell(), w.seek(-2, 2), w.read(), w.seek(1), w.seek(1, 1), w.read(1))
w.writelines([b'1', b'2'])
print(w.getvalue(), w.seek(-100, 1))
for t in ['io.BytesIO("x")', 'w.write("x")', 'w.seek(-1)', 'w.seek(0, 5)', 'w.truncate(-1)', 'w.read("a")', 'w.fileno()']:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
print(w.readable(), w.writable(), w.seekable(), w.closed)
with io.BytesIO(b'data') as f:
    print(f.read())
print(f.closed)
for t in ['f.read()', 'f.getvalue()', 'f.write(b"")']:
    try:
        f_ = eval(t)
    except ValueError as e:
        print(t, type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0)
print(issubclass(io.UnsupportedOperation, OSError), isinstance(io.BytesIO(), io.BufferedIOBase))
print(io.open is open, io.TextIOWrapper.__name__, type(io.BytesIO()).__name__)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
