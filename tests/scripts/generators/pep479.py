# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration('oops')
it = bad()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)
def bad_next():
    yield next(iter([]))
try:
    list(bad_next())
except RuntimeError as e:
    print('RuntimeError', e)
def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield 'handled'
print(list(ok()))
