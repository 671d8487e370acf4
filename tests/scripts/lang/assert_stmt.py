# assert with and without a message.
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(e.args)
calls = []
assert True, calls.append('evaluated')
print(calls)
