try:
    print('try')
finally:
    raise LookupError('raised in finally')
