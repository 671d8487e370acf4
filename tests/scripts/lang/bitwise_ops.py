# Bitwise operators.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 10, -16 >> 2)
print(0xFF & ~0x0F, 0b1010 ^ 0b0110)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(1 << 64, (1 << 64) >> 63)
print(5 & 3 | 8 ^ 1, 5 & (3 | 8) ^ 1)
