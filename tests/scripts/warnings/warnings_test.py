# warnings: warn, filters, catch_warnings, showwarning/formatwarning.
import io
import sys
import warnings

err = io.StringIO()
sys.stderr = err


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


def loop_warn():
    for i in range(3):
        warnings.warn('in a loop')


warnings.warn('plain user warning')
warnings.warn('second', RuntimeWarning)
loop_warn()
loop_warn()
old_api()
old_api()
warnings.warn(UserWarning('instance warning'))
sys.stderr = sys.__stderr__ if hasattr(sys, '__stderr__') else sys.stderr
print(err.getvalue().replace(__file__, 'FILE'), end='')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    loop_warn()
    warnings.warn('x', FutureWarning)
    warnings.warn('y', PendingDeprecationWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print(log[0].filename == __file__, log[0].lineno, type(log[0].message).__name__)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print(len(log))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('dep', DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip me')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.warn('skip me please')
    warnings.warn('keep me')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning:
        print('runtime error raised')
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for _ in range(3):
        warnings.warn('only once')
        warnings.warn('only once')
print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    loop_warn()
    warnings.warn('in a loop')
print(len(log))
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'source line  ')))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 3, '')))
seen = []


def hook(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = hook
    warnings.warn('hooked')
print(seen)
try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
w = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(str(w))
print([c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
                            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
                            ResourceWarning, EncodingWarning)])
print(issubclass(FutureWarning, Warning), issubclass(Warning, Exception))
buf = io.StringIO()
warnings.showwarning('direct', UserWarning, 'here.py', 5, file=buf, line='code()')
print(repr(buf.getvalue()))
