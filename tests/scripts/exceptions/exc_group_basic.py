# Exceptions carry arbitrary args and compare by identity.
a = ValueError(1)
b = ValueError(1)
print(a == b, a == a, a.args == b.args)
def make():
    return KeyError('x')
try:
    raise make()
except KeyError as e:
    print('raised from call', e)
errors = []
for exc in (TypeError, ValueError, KeyError):
    try:
        raise exc('msg')
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise Exception('a', [1, 2], {'k': 3})
except Exception as e:
    print(e, len(e.args))
