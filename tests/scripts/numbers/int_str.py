# str/repr/hex/oct/bin of ints, big conversions and the 4300-digit limit.
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
str(-10**100)
repr(-10**100 + 1)
str(0)
str(-0)
str(2**47)
str(-2**47)
str(2**63)
str(2**64)
str(10**18)
str(10**19 - 1)
str(10**27 + 10**9)
hex(-2**100)
oct(2**100)
bin(2**70)
hex(0)
oct(-8)
bin(-5)
hex(255)
hex(True)
hex(1.5)
hex('a')
oct(2**64 - 1)
bin(0)
len(str(2**10000))
str(2**10000)[:40]
str(2**10000)[-40:]
str(3**5000)[:30]
len(str(7**5000))
str(10**4299)[:5]
len(str(10**4299))
str(10**4300)
str(-10**4300)
repr(10**5000)
int('9' * 4300) == 10**4300 - 1
hex(10**5000)[:20]
len(hex(10**5000))
f'{10**4300:x}'[:10]
'%d' % 10**20
'%x' % 2**70
'%o' % -8
""".strip().splitlines():
    show(e)
