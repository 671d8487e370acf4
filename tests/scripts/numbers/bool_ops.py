# bool: a subclass of int with two values; & | ^ keep bools, the rest is int.
print(True + True, True * 5, True / 2, True // 2, True % 2, -True, ~True, ~False)
print(True & True, True & False, True | False, False ^ True, True ^ True)
print(True & 1, 1 & True, True | 2, 3 ^ False, type(True & 1).__name__, type(True & True).__name__)
print(repr(True), str(False), repr(bool()), bool(0), bool(1), bool(-0.0), bool(0j), bool(''), bool([0]))
print(int(True), float(True), complex(True), hash(True), hash(False), True == 1, False == 0.0)
print(True.__and__(1), True.__rand__(False), type(True.__rand__(False)).__name__)
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__)
print(format(True, ''), format(True, 'd'), format(False, '>5'), f'{True}', f'{True:>6}', '%d' % True)
print(True.bit_length(), True.numerator, True.real, True.imag, True.conjugate(), True.as_integer_ratio())
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
print(True ** 2, 2 ** True, divmod(True, 2), pow(True, -1), True << 3, 8 >> True)
for f in (lambda: bool(x=1), lambda: bool(1, 2), lambda: True.__new__(bool, 0)):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
