# float() conversions.
print(float(), float(3), float('3.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float(True))
print(float('1_000.5'), float(2**60), float('.5'), float('5.'), float('1E-3'), float(b'1.5'))
for bad in ['x', '', '1.2.3', '1e', 'in f', '0x10', None, [1]]:
    try:
        print(float(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
try:
    float(10**400)
except OverflowError as e:
    print(e)
