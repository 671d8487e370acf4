# complex: construction from numbers and strings, repr, arithmetic, pow, abs, hash, comparison, format.
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
complex()
complex(1)
complex(1,2)
complex('1+2j')
complex(' ( 1-2.5J ) ')
complex('j')
complex('-j')
complex('+J')
complex('1+j')
complex('1-j')
complex('1_0+2_0j')
complex('1 + 2j')
complex('inf+nanj')
complex('-infj')
complex('x')
complex('')
complex('()')
complex('(1+2j')
complex('1+2j)')
complex('1e5j')
complex('1e')
complex('1e+')
complex('1.5e-3-2.5e+2j')
complex('1', 2)
complex(1, '2')
complex([])
complex(1, [])
complex(1j, 1j)
complex(real=1, imag=2)
complex(imag=2)
complex(2**2000)
complex(True)
complex(1.5, 2**10)
repr(1+2j)
repr(3j)
repr(-3j)
repr(-0-1j)
repr(complex(-0.0,-1))
repr(complex(0.0,-0.0))
repr(complex(float('nan'),float('inf')))
repr(1e16j)
repr(1.5+0j)
repr(0.1j+0.2)
repr(complex(1e-7, 1e20))
(1+2j)*(3-4j)
(1+2j)/(3-4j)
(1+2j)/0
(1+2j)/0j
1/(1+1j)
(1+2j)**2
(1+2j)**0.5
(1+2j)**-1
(1+2j)**(1+1j)
2**(1j)
(1j)**200
(2+0j)**1000.5
(10+0j)**400
0j**-1
0j**1j
0j**0
abs(3+4j)
abs(complex(1e308,1e308))
abs(complex(float('inf'),float('nan')))
hash(1+2j)
hash(3+0j)
hash(-1+0j)
hash(complex(1.5, -2.25))
(1+2j)==(1+2j)
(1+0j)==1
(1+0j)==1.0
(1+1j)==1
(1+0j)!=1
(2**53+1+0j)==2**53+1
1j<2j
(1+2j).conjugate()
(1+2j).real
(1+2j).imag
1j+1
1+1j
1.5-2j
2-1j
-(1+2j)
+(1+2j)
bool(0j)
bool(1j)
(1+2j)//1
(1+2j)%1
divmod(1j,1)
pow(1j,2,3)
pow(2,3,5.0)
pow(2.0,3,5)
pow(2,3j,5)
pow('a',2,3)
format(1+2j)
format(1+2j,'.2f')
format(1+2j,'10')
format(1.5+2j,'<15.3e')
format(3j,'')
format(3j,'.1')
format(1+2j,'010')
format(1+2j,'=10')
format(1+2j,'d')
format(-0.0-2j,'')
format(1+2j,'+')
format(2j,'+')
format(1234.5+1j, ',.1f')
format(1+2j, '^20')
format(1e20+1j, 'g')
int(1j)
float(1j)
1j.__complex__()
(1+1j).__getnewargs__()
""".strip().splitlines():
    show(e)
