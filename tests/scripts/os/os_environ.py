# os.environ and getenv.
import os

os.environ['GILT_TEST_VAR'] = 'one'
print(os.environ['GILT_TEST_VAR'], os.getenv('GILT_TEST_VAR'))
print('GILT_TEST_VAR' in os.environ, 'GILT_NO_SUCH' in os.environ)
print(os.getenv('GILT_NO_SUCH'), os.getenv('GILT_NO_SUCH', 'default'))
print(os.environ.get('GILT_NO_SUCH', 'd2'))
try:
    os.environ['GILT_NO_SUCH']
except KeyError as e:
    print('KeyError', e)
for bad in [lambda: os.environ.__setitem__('X', 1), lambda: os.environ.__setitem__(1, 'x'),
            lambda: os.getenv(1), lambda: os.environ[1], lambda: 1 in os.environ]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(os.system('test "$GILT_TEST_VAR" = one'))
os.environ['GILT_TEST_VAR'] = 'two'
print(os.system('test "$GILT_TEST_VAR" = two'))
del os.environ['GILT_TEST_VAR']
print(os.system('test -z "$GILT_TEST_VAR"'), os.getenv('GILT_TEST_VAR'))
try:
    del os.environ['GILT_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
print(os.environ.setdefault('GILT_SD', 'x'), os.environ.setdefault('GILT_SD', 'y'))
print(os.environ.pop('GILT_SD'), os.environ.pop('GILT_SD', None))
os.environ.update({'GILT_U1': 'a'}, GILT_U2='b')
print(os.environ['GILT_U1'], os.environ['GILT_U2'])
c = os.environ.copy()
print(type(c).__name__, c['GILT_U1'])
print(len(os.environ) == len(list(os.environ)) == len(os.environ.keys()))
print(repr(os.environ).startswith('environ({'))
print(type(os.environ | {'a': 'b'}).__name__)
os.putenv('GILT_PUT', 'p')
print(os.system('test "$GILT_PUT" = p'), 'GILT_PUT' in os.environ)
