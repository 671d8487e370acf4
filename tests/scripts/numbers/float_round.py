# float rounding: round() with and without ndigits (correctly rounded), floor/ceil/trunc.
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
(1.5).conjugate()
(1.5).real
(1.5).imag
round(2.5)
round(3.5)
round(-2.5)
round(-0.5)
round(0.5)
round(1.5)
round(2.675,2)
round(1234.5,-1)
round(1235.0,-1)
round(1245.0,-1)
round(-1245.0,-1)
round(1e300,-300)
round(1.7976931348623157e308,-308)
round(float('inf'))
round(float('nan'))
round(float('inf'), 2)
round(1.5, None)
round(0.5,0)
round(-0.4)
round(-0.4,0)
round(0.125, 2)
round(0.375, 2)
round(1e-320, 400)
round(123.456, -400)
round(-123.456, -400)
round(5e15+0.5)
round(2**60 + 0.0)
round(1.2345678901234567, 10)
round(1.5, 2.0)
(2.5).__floor__()
(2.5).__ceil__()
(-2.5).__floor__()
(-2.5).__ceil__()
(-2.5).__trunc__()
(2.5).__int__()
(1e300).__int__()
""".strip().splitlines():
    show(e)
