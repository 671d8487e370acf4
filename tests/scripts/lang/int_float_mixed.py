# Mixing ints and floats; int/float comparisons are exact.
print(1 + 2.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 4 ** 0.5)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
print(10**400 > 1e308, -10**400 < -1e308, 10**400 > float('inf'))
print(1 == 1.0, hash(1) == hash(1.0), {1: 'a', 1.0: 'b'})
print(int(3.9), int(-3.9), round(2.5), round(3.5), round(-0.5), float(7))
print(0.1 * 3, 1 / 3 * 3, 1e308 * 10, -1e308 * 10)
