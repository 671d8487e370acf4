# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 3), (7, -3), (-7, 3), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, 7 % -3, -7 % 3)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(2**70 // -3, 2**70 % -3)
print(1 // 1, -1 // 1)
