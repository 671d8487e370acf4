# divmod and pow.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3), pow(2.0, 3), pow(4, 0.5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1), pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
print(pow(base=2, exp=5), pow(-8, 1/3) if False else 'complex skipped')
