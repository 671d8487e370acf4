# Operator precedence.
print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1)
print(not 1 == 2, not (1 == 2), 1 + 2 << 1, 1 | 2 ^ 3 & 4)
print(1 < 2 and 2 < 3 or 0, not 0 and 0, 3 - 2 - 1, 2 ** 2 ** 3, 100 / 10 / 5)
print(8 // 3 * 3, 8 % 3 * 2, -3 % 5, -(3 % 5))
print('a' + 'b' * 2, [1] * 2 + [3], 1 if 0 else 2 if 0 else 3)
x = 5
print(x > 3 == True, (x > 3) == True)
print(~1 + 1, -~1, ~-1)
print(2 * 3 % 4, 2 * (3 % 4), 7 & 3 == 3, (7 & 3) == 3)
