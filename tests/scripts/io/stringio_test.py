# io.StringIO.
import io

s = io.StringIO()
print(s.write('hello '), s.write('wörld\n'), s.write(''), s.tell())
print(repr(s.getvalue()), s.read(), s.seek(0), s.read(5), s.read(1), repr(s.read()), s.read())
s = io.StringIO('line1\nline2\n\nlast')
print(s.readline(), repr(s.readline(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines(), s.seek(0), s.readlines(7), list(io.StringIO('a\nb\n')), list(io.StringIO('')))
s = io.StringIO('abc')
print(repr(s.read()), s.tell(), s.write('de'), s.getvalue())
s.seek(10)
s.write('x')
print(repr(s.getvalue()), len(s.getvalue()))
s.seek(1)
s.write('ZZ')
print(s.getvalue()[:6], s.tell(), s.seek(0, 2), s.seek(0, 1))
print(s.truncate(3), repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
u = io.StringIO('héllo wörld ✓')
print(u.read(3), u.tell(), u.read(), u.seek(6), u.read(5))
tests = ['s.seek(-1)', 's.seek(1, 1)', 's.seek(1, 2)', 's.seek(0, 3)', 's.write(1)', 'io.StringIO(1)', 's.truncate(-1)',
         's.read("a")', 'io.StringIO(newline="x")', 'io.StringIO(newline=5)', 's.fileno()', 's.detach()',
         's.readline(None)', 's.read(None)']
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush(), s.closed, s.encoding, s.errors, s.line_buffering)
s.close()
print(s.closed)
for t in ['s.read()', 's.write("")', 's.getvalue()', 's.tell()', 'iter(s)', 'next(s)', 's.readable()']:
    try:
        print(t, repr(eval(t)))
    except ValueError as e:
        print(t, type(e).__name__, e)
print(repr(io.StringIO('a\r\nb\rc\n', newline=None).getvalue()))
print(repr(io.StringIO('a\nb', newline='\r\n').getvalue()), repr(io.StringIO('a\nb', newline='\r').getvalue()))
print(list(io.StringIO('a\rb\r\nc\nd', newline='')), list(io.StringIO('a\rb\r\nc', newline='\r')),
      list(io.StringIO('a\rb\r\nc', newline='\r\n')), list(io.StringIO('a\rb\r\nc')))
n = io.StringIO(newline=None)
n.write('a\r\nb\rc\n')
print(repr(n.newlines), io.StringIO().newlines, repr(n.getvalue()))
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
w = io.StringIO()
w.writelines(['a', 'b', 'c\n'])
print(w.getvalue(), end='')
print('printed', 1, file=w, end='|')
print(repr(w.getvalue()))


class Sub(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


sub = Sub()
print('shout', file=sub)
print(repr(sub.getvalue()), isinstance(sub, io.StringIO), isinstance(sub, io.TextIOBase))
sub.attr = 1
print(sub.attr, type(io.StringIO()).__name__, io.StringIO.__module__)
big = io.StringIO()
for i in range(1000):
    big.write('%d,' % i)
print(len(big.getvalue()), big.getvalue()[-8:])
