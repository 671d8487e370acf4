# int() conversions and bases.
print(int(), int(5), int(-5.9), int('42'), int(' -17 '), int('+3'), int(True), int('1_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('777', 8), int('101', 2), int('z', 36), int('0b11', 0))
print(int('10', base=3), int(b'12'), int(bytearray(b'7')), int('٣'), int(2**100 + 0.0) == 2**100)
for args in [('x',), ('1.5',), ('',), ('12', 1), ('12', 37), ('0x1', 10), ('08', 0), (1.5, 10), ('1__0',), (float('inf'),), (float('nan'),)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class WithIndex:
    def __index__(self): return 9
class WithTrunc:
    def __trunc__(self): return 4
print(int(WithIndex()), int(WithTrunc()))
print(int('123456789012345678901234567890'), int('-0'), int('00'), int('0_0'))
