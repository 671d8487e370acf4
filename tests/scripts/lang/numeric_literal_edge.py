# Numeric literal edge cases.
print(1_0.0_1, 1e1_0, 0.000_001, 0xdead_beef)
print(1e308 * 10 == float('inf'), 2e-308 / 1e10)
print(0xA + 0o10 + 0b10 + 10)
print(9999999999999999999999999999999999999999 + 1)
print(-0, -0 == 0, 0.0 == -0.0)
print(int('1_000'), int('0x1f', 16), int('0b101', 0), int('0o17', 0), int('  42  '))
print(1 if 0x0 else 2, 1e-1, 1.5e+3, 1E-3)
