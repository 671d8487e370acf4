# bool is an int subclass in arithmetic.
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True ** 2, True << 3)
print(sum([True, False, True]), max(True, 2), [10, 20][True], True == 1.0)
print(True & True, True | False, True ^ True, type(True + 0).__name__, type(True & False).__name__)
print(repr(True), str(False), f'{True}', f'{True:d}', f'{True:>5}')
