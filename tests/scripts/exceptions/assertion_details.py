# AssertionError details.
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x
print(check(3))
try:
    check('s')
except AssertionError as e:
    print(e, e.args)
try:
    assert (1, 2)
    print('non-empty tuple is true')
    assert 0, None
except AssertionError as e:
    print(repr(e), e.args)
