# An exception object stays usable after its handler when saved.
saved = None
try:
    raise ValueError('kept')
except ValueError as e:
    saved = e
print(repr(saved), saved.args, saved.__traceback__ is not None)
errors = []
for exc in (KeyError, IndexError):
    try:
        raise exc('x')
    except LookupError as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
try:
    raise saved
except ValueError as again:
    print('re-raised saved', again is saved)
