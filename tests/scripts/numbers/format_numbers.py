# format() of ints and floats: presentation types, precision, grouping, f-strings.
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
format(1.5,'.2147483648f')
format(12345678.9,',.2f')
format(-12345678.9,'_.3f')
format(0.000012345,'.3e')
format(1e100,',f')[:40]
format(123,'')
format(-123,'10')
format(123,'<10d')
format(123,'^10')
format(123,'*^11')
format(2**100,',')
format(-2**100,'_x')
format(2**100,'e')
format(2**2000,'e')
format(10**25,'.3g')
format(7,'08b')
format(7,'#08b')
format(7,'+08b')
format(3,'.2f')
format(3,'%')
format(3,'n')
format(1.5,'x')
format(1.5,'c')
format('ab',',')
format(1,'€>5')
format(1,'€<5')
format(-1.5,'€^9')
'{:,}'.format(1234567)
'{:>10.3f}'.format(3.14159)
f'{3.14159:.2f}'
f'{1e-10:g}'
f'{12:#x}'
f'{1234567:_}'
f'{0.5:%}'
""".strip().splitlines():
    show(e)
