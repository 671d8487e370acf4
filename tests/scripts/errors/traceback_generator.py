def gen():
    yield 1
    raise LookupError('from generator')
for x in gen():
    print(x)
