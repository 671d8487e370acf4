# Bitwise operators and shifts on negative and big ints (two's complement).
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for e in r"""
12 & 10
12 | 10
12 ^ 10
-12 & 10
-12 | 10
-12 ^ -10
~5
~-6
~(2**100)
~-(2**100)
-(2**100) & 0xFFFF
-(2**100) | 1
(2**100) ^ -1
(-2**70) & (-2**65)
(-2**70) | (-2**65)
(-2**70) ^ (2**65 + 3)
(2**100 - 1) & (2**80 + 12345)
(-2**100 + 1) & (2**64 - 1)
1 << 100
-1 << 100
5 << 0
(2**100) >> 99
(-2**100) >> 99
(-2**100 - 1) >> 100
-1 >> 1000
-5 >> 1
-5 >> 2
5 >> 1000
1 << 47
-1 << 47
3 << 62
5 >> -1
1 << -1
0 << 2**100
1 >> 2**100
-1 >> 2**100
True << 3
True & True
True | False
True ^ True
1 & True
False | 4
1.5 & 1
1 << 1.5
""".strip().splitlines():
    show(e)
