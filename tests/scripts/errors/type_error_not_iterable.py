# TypeError: object is not iterable.
for x in 42:
    pass
