# hex, oct, bin.
print(hex(255), hex(-255), hex(0), hex(2**64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2**65))
class I:
    def __index__(self): return 10
print(hex(I()), oct(I()), bin(I()), hex(True))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(e)
