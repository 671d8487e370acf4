# math.fsum (exact), hypot and dist (CPython's vector_norm).
import math

def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
math.fsum([1e308,1e308])
math.fsum([float("inf"),-float("inf")])
math.fsum([float("inf"),float("nan")])
math.fsum([0.1]*10)
math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
math.fsum([1e-16, 1, 1e16])
math.fsum(range(10))
math.fsum([])
math.fsum(['a'])
math.fsum([float('inf'), 1])
math.hypot()
math.hypot(3, 4)
math.hypot(1, 2, 3)
math.hypot(1e308, 1e308)
math.hypot(1e-320, 1e-320)
math.hypot(0.1, 0.2, 0.3, 0.4)
math.hypot(float('inf'), float('nan'))
math.hypot(-5)
math.hypot(*range(20))
math.dist([1],[1,2])
math.dist(1,2)
math.dist((0,0), (3,4))
math.dist([1.5, 2.5, -3], (0.1, 0.2, 0.3))
""".strip().splitlines():
    show(e)
