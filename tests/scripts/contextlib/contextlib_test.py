# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack,
# redirect_stdout/stderr, ContextDecorator, chdir.
import contextlib
import io
import os
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def twice():
    yield
    yield


try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2


print(decorated(21))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e:
    print('IndexError', e)
with suppress():
    pass


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

with ExitStack() as stack:
    for n in ['x', 'y']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1, end='!\n')
    stack.push(lambda *exc: print('push saw', exc[0]))
    print('stack body')

with ExitStack() as stack:
    stack.push(lambda et, ev, tb: True)
    raise RuntimeError('suppressed by stack')
print('after stack suppress')

try:
    with ExitStack() as stack:
        stack.callback(print, 'cleanup runs')
        raise ValueError('propagates')
except ValueError as e:
    print('ValueError', e)


def fail_cb():
    raise KeyError('from callback')


try:
    with ExitStack() as stack:
        stack.callback(fail_cb)
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))

with ExitStack() as outer:
    outer.callback(print, 'moved callback')
    moved = outer.pop_all()
print('outer closed')
moved.close()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print('TypeError', e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('to buffer')
print('captured:', repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write('err text')
print('captured err:', repr(err.getvalue()))


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter deco')
        return self

    def __exit__(self, *exc):
        print('exit deco', exc[0])
        return False


@Deco()
def work():
    print('working')


work()
cwd = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == cwd)
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(Resource, contextlib.AbstractContextManager))


class HasBoth:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(issubclass(HasBoth, contextlib.AbstractContextManager))
