# float arithmetic: mixed with ints, floor division and modulo signs, pow special cases, errors, hashes.
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
hash(1.5)
hash(-1.0)
hash(1e100)
hash(float('inf'))
hash(-float('inf'))
hash(2.0**70)
hash(1e-300)
hash(0.1)
hash(-0.0)
hash(2.0**61)
hash(123456.789)
(-8)**(1/3)
(-8.0)**0.5
(-1.0)**1e300
(-1.0)**(2**60+1.0)
pow(-2.0,3)
2.0**-1074
2.0**-1080
1e308**2
10.0**400
0.0**-1
0.0**-1.5
(-0.0)**-1
(-0.0)**3
(-0.0)**2
0.0**0
float('nan')**0
1.0**float('nan')
float('inf')**-1
(-float('inf'))**3
(-float('inf'))**-3
2.0**float('inf')
0.5**float('inf')
0.5**-float('inf')
(-1.0)**float('inf')
pow(2.0,3,5)
pow(2,0.5,5)
divmod(-7.5,2)
divmod(7.5,-2)
divmod(7.5,0)
divmod(-0.0, 1)
divmod(1e300, 1e-300)
-7.5//2
-7.5%2
7%-3.0
0.0%-1
(-0.0)//1
1.0//0
1.0%0
1.0/0
5.0//0.3
5.0%0.3
1e308+1e308
1e308*10
-1e308*10
1.0 == 1
1.5 == 1
(1.5).__eq__(1)
float('nan') == float('nan')
float('nan') != float('nan')
1.0 < 2
2.5 > 2**100
1e30 > 2**100
(1.5).__round__()
(1.5).__round__(0)
1.5 + True
True + 1.5
2 * 1.5
2 - 1.5
3 / 1.5
3 // 1.5
3 % 1.5
2 ** 0.5
(2**100) * 1.5
1.5 * (2**100)
(2**2000) * 1.5
1.5 + (2**2000)
1.5 < 2**2000
float.__new__(float, '2.5')
abs(-1.5)
-(1.5)
+(-1.5)
bool(0.0)
bool(-0.0)
bool(1e-300)
int(1.9e19)
int(-9.3e18)
int(2.0**63)
int(-2.0**63)
""".strip().splitlines():
    show(e)
