# traceback: format_exc, format_exception(_only), extract_tb/stack,
# print_exc to a file, chained exceptions.
import sys
import io
import traceback


def inner():
    raise ValueError('bad value')


def outer():
    inner()


try:
    outer()
except ValueError as e:
    text = traceback.format_exc()
    exc = e
print(text.replace(__file__, 'FILE'), end='')
lines = traceback.format_exception(exc)
print(len(lines), lines[0], lines[-1], end='')
print(traceback.format_exception_only(exc), traceback.format_exception_only(KeyError, KeyError('x')))
print(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=1)[1].replace(__file__, 'FILE'), end='')
print(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-1)[1].replace(__file__, 'FILE'), end='')
tb = traceback.extract_tb(exc.__traceback__)
print(len(tb), [(f.lineno, f.name, f.line) for f in tb])
fs = tb[-1]
print(fs.name, fs.lineno, fs.line, fs[2], len(fs), repr(fs).replace(__file__, 'FILE'), list(fs)[1:])
print([s.replace(__file__, 'FILE') for s in traceback.format_tb(exc.__traceback__)])
print([s.replace(__file__, 'FILE') for s in traceback.format_list(tb)])


class MyError(Exception):
    pass


print(traceback.format_exception_only(MyError('m')), traceback.format_exception_only(MyError()))
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 3, 5, 'abc def\n', 3, 6))))
print(repr(traceback.format_exc()))
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise RuntimeError('while handling') from e
except RuntimeError as e:
    out = traceback.format_exception(e)
    print(''.join(out).replace(__file__, 'FILE'), end='')
try:
    try:
        raise OSError(2, 'No such file', 'x.txt')
    except OSError:
        raise TypeError('second')
except TypeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'), end='')
buf = io.StringIO()
try:
    raise LookupError('printed')
except LookupError:
    traceback.print_exc(file=buf)
print(buf.getvalue().replace(__file__, 'FILE'), end='')
buf = io.StringIO()
traceback.print_exception(exc, file=buf, limit=0)
print(repr(buf.getvalue()))


def show_stack():
    return traceback.extract_stack()


st = show_stack()
print([(f.name, f.line) for f in st[-2:]])
print(traceback.format_stack()[-1].replace(__file__, 'FILE'), end='')
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), list(te.format_exception_only()), len(te.stack))


def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
e = ValueError('noted')
e.add_note('a note') if hasattr(e, 'add_note') else setattr(e, '__notes__', ['a note'])
print(traceback.format_exception_only(e))
