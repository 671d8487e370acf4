# __traceback__ and with_traceback.
def boom():
    raise ValueError('tb')
try:
    boom()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('depth', depth)
    print(e.__traceback__.tb_next.tb_lineno)
e = ValueError('x')
print(e.with_traceback(None) is e)
