# math functions over a grid of values: results must match CPython's bit
# for bit (printed with repr).
import math
xs = [-1e300, -700.5, -3.75, -1.0, -0.5, -1e-10, -0.0, 0.0, 1e-300, 0.1, 0.5, 0.9999,
      1.0, 1.5, 2.0, 3.14159, 10.0, 33.3, 100.5, 710.0, 1e15, 1e300,
      float('inf'), -float('inf'), float('nan')]
names = ['sqrt', 'exp', 'expm1', 'exp2', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos',
         'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
         'erf', 'erfc', 'gamma', 'lgamma', 'fabs', 'cbrt', 'degrees', 'radians', 'ceil',
         'floor', 'trunc', 'frexp', 'modf', 'isfinite', 'isinf', 'isnan', 'ulp']
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))
pairs = [(2.0, 3.0), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (1.0, float('nan')),
         (float('nan'), 0.0), (10.0, 400.0), (5.5, 2.0), (-5.5, 2.0), (7.0, -2.5), (1e-300, 1e300),
         (float('inf'), 2.0), (-float('inf'), 3.0), (3.0, float('inf')), (0.5, -float('inf'))]
for name in ['pow', 'atan2', 'fmod', 'remainder', 'copysign', 'hypot', 'nextafter', 'isclose']:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))
for n in [1, 2, 10, 2**53, 2**64, 10**100, 3**500, 2**1100, 7**2000]:
    print(n.bit_length(), repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)),
          repr(math.log(n, 3)), repr(math.log(n, 2**70)))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(repr(math.ldexp(0.75, 1024)), repr(math.ldexp(1.0, -1074)), repr(math.ldexp(-1.0, -1075)))
