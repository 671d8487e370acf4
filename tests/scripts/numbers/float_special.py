# Float special values: infinities, NaN and signed zeros through //, %, divmod, round, pow.
import math

def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

for e in r"""
float('inf') // 1
1 // float('inf')
-1 // float('inf')
float('inf') % 1
5 % float('inf')
-5 % float('inf')
5 % -float('inf')
float('nan') // 1
divmod(float('inf'), 1)
divmod(5, float('inf'))
divmod(-5, float('inf'))
-0.0 // 1
0.0 // -1
-0.0 % 1
5.0 // -0.0
1e308 // 1e-308
(-1e308) // 1e-308
7.5 // 0.1
-7.5 % 0.1
round(-0.0)
round(0.5000000000000001)
round(2.5000000000000004)
round(1e16 + 1.0)
round(-1.5, 0)
round(123.456, 1)
round(5e-324, 323)
round(5e-324, 324)
round(1.7976931348623157e308, -307)
round(1.5e308, -308)
int(-0.0)
float(-0)
-0.0 + 0.0
0.0 * -1
(-0.0) ** 2
abs(-0.0)
-(0.0)
math.floor(-0.0)
math.copysign(0.0, -0.0)
(-1) ** 0.5
(-1.0) ** 2.0
(-2) ** 0.5 == (-2.0) ** 0.5
2 ** 1023.5
2.0 ** 1024
(-2.0) ** 1025
10 ** -400
10.0 ** -400
(-10.0) ** -401
(1e-200) * (1e-200)
5 ** 0.5
4 ** 0.5
(2**64) ** 0.5
(2**2000) ** 0.5
1.0 ** float('inf')
(-1.0) ** float('-inf')
float('inf') ** 0
0.0 ** 0.0
sum([0.1] * 10)
sum([1e100, 1.0, -1e100])
max(1, 2.0, True)
min(-0.0, 0.0)
min(0.0, -0.0)
sorted([1, 1.0, True])
1 + 2j == complex(1, 2)
hash(0.5) == hash(complex(0.5, 0))
""".strip().splitlines():
    show(e)
